# task: remap a partner's CSV export onto our internal column schema, renaming, reordering, splitting and deriving fields
import csv
import io

PARTNER_CSV = """Customer Name;E-Mail;Order Date;Total (EUR);Ship To
"Müller, Hans";hans@example.de;05/03/2024;"1.299,90";Berlin, DE
"Rossi, Giulia";GIULIA@example.it;12/03/2024;89,00;Milano, IT
"Dubois, Jean";jean@example.fr;;"15,50";Lyon, FR
"""

COLUMN_MAP = {
    "Customer Name": "full_name",
    "E-Mail": "email",
    "Order Date": "order_date",
    "Total (EUR)": "total_eur",
    "Ship To": "ship_to",
}
OUTPUT_COLUMNS = ["first_name", "last_name", "email", "order_date", "total_cents", "city", "country"]


def transform(row: dict[str, str]) -> dict[str, object]:
    r = {COLUMN_MAP[k]: v.strip() for k, v in row.items()}
    last, first = [p.strip() for p in r["full_name"].split(",", 1)]
    day, month, year = r["order_date"].split("/") if r["order_date"] else ("", "", "")
    euros, _, cents = r["total_eur"].replace(".", "").partition(",")
    city, country = [p.strip() for p in r["ship_to"].rsplit(",", 1)]
    return {
        "first_name": first,
        "last_name": last,
        "email": r["email"].lower(),
        "order_date": f"{year}-{month}-{day}" if year else "",
        "total_cents": int(euros) * 100 + int(cents or 0),
        "city": city,
        "country": country,
    }


reader = csv.DictReader(io.StringIO(PARTNER_CSV), delimiter=";")
rows = [transform(r) for r in reader]

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=OUTPUT_COLUMNS, lineterminator="\n")
writer.writeheader()
writer.writerows(rows)
print(out.getvalue(), end="")

missing_dates = [f"{r['first_name']} {r['last_name']}" for r in rows if not r["order_date"]]
print(f"rows: {len(rows)}, total: {sum(r['total_cents'] for r in rows) / 100:.2f} EUR")
print(f"rows missing order_date: {missing_dates}")
