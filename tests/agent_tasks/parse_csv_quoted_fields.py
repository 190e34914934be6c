# task: parse contact CSV with quoted commas, embedded quotes and newlines, then re-emit cleaned CSV
import csv
import io

RAW = '''id,name,company,notes
1,"Smith, John",Acme Corp,"Prefers email"
2,Jane Doe,"Initech, LLC","Said ""call me"" after 5pm"
3,"O'Brien, Pat",Globex,"Line one
line two"
4,  Li Wei  ,Umbrella,
5,Bad Row,Only three
'''

reader = csv.reader(io.StringIO(RAW))
header = next(reader)
contacts, problems = [], []
for row in reader:
    if len(row) != len(header):
        problems.append(f"row {reader.line_num}: expected {len(header)} fields, got {len(row)}: {row}")
        continue
    record = dict(zip(header, (cell.strip() for cell in row)))
    record["id"] = int(record["id"])
    last, _, first = record["name"].partition(", ")
    record["display"] = f"{first} {last}" if first else last
    record["notes"] = " / ".join(record["notes"].splitlines()) or "(none)"
    contacts.append(record)

for c in contacts:
    print(f"#{c['id']} {c['display']:<12} @ {c['company']:<12} notes: {c['notes']}")
for p in problems:
    print("problem:", p)

buf = io.StringIO()
writer = csv.DictWriter(buf, fieldnames=["id", "display", "company", "notes"],
                        extrasaction="ignore", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
writer.writeheader()
writer.writerows(contacts)
print("--- cleaned csv ---")
print(buf.getvalue(), end="")

buf2 = io.StringIO()
csv.writer(buf2, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(["a;b", 'say "hi"', 3])
print("semicolon dialect:", buf2.getvalue().strip())
