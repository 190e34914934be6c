# area: str: parse fixed-width mainframe-style records by column slices, strip padding, convert signed amounts
RECORDS = """\
0001ANN LEE             2024050100012550+EUR
0002BOB STONE           2024050200000999-USD
0003CYD MOSS            2024050300100000+EUR
0004                    2024050400000000+EUR
0005DEE PARK            20240505000012AB+GBP"""
LAYOUT = [("id", 0, 4), ("name", 4, 24), ("date", 24, 32), ("amount", 32, 40), ("sign", 40, 41), ("cur", 41, 44)]

def parse(line):
    rec = {name: line[a:b] for name, a, b in LAYOUT}
    rec["id"] = int(rec["id"])
    rec["name"] = rec["name"].strip() or None
    rec["date"] = f"{rec['date'][:4]}-{rec['date'][4:6]}-{rec['date'][6:]}"
    if not rec["amount"].isdigit():
        raise ValueError(f"record {rec['id']}: bad amount {rec['amount']!r}")
    cents = int(rec.pop("amount")) * (-1 if rec.pop("sign") == "-" else 1)
    rec["amount"] = cents / 100
    return rec

good, bad = [], []
for line in RECORDS.splitlines():
    try:
        good.append(parse(line))
    except ValueError as e:
        bad.append(str(e))
for r in good:
    print(f"{r['id']:>3} {str(r['name']):<10} {r['date']} {r['amount']:>10,.2f} {r['cur']}")
print("errors:", bad)
by_cur = {}
for r in good:
    by_cur[r["cur"]] = round(by_cur.get(r["cur"], 0) + r["amount"], 2)
print(by_cur, [r["id"] for r in good if r["name"] is None])
out = "".join(f"{r['id']:04d}{(r['name'] or ''):<20.20}{r['amount']:>+12.2f}\n" for r in good)
print(out, end="")
