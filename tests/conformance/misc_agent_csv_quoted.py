# area: realistic agent script: a state-machine CSV parser handling quotes, escaped quotes, embedded commas and newlines
DATA = '''id,name,comment,amount
1,"Smith, John","said ""hi""",10.50
2,Jane,"multi
line note",7
3,"",plain,
4,"Ünïcode ✓","trailing space ",  3.25
'''

def parse_csv(text, sep=","):
    rows, row, field = [], [], ""
    in_quotes = False
    i = 0
    while i < len(text):
        ch = text[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(text) and text[i + 1] == '"':
                    field += '"'
                    i += 1
                else:
                    in_quotes = False
            else:
                field += ch
        elif ch == '"':
            in_quotes = True
        elif ch == sep:
            row.append(field)
            field = ""
        elif ch == "\n":
            row.append(field)
            rows.append(row)
            row, field = [], ""
        else:
            field += ch
        i += 1
    if field or row:
        row.append(field)
        rows.append(row)
    return rows

rows = parse_csv(DATA)
header, body = rows[0], rows[1:]
print(header, len(body))
records = [dict(zip(header, r)) for r in body]
for r in records:
    amt = r["amount"].strip()
    print(f"{r['id']:>2} {r['name']!r:<16} {r['comment']!r:<22} {float(amt) if amt else None}")
total = sum(float(r["amount"]) for r in records if r["amount"].strip())
print(f"total={total:.2f}", [len(r) for r in rows])

def to_csv(rows):
    def q(f):
        return '"' + f.replace('"', '""') + '"' if any(c in f for c in ',"\n') or f != f.strip() else f
    return "\n".join(",".join(q(f) for f in r) for r in rows)
out = to_csv(rows)
print(out)
print(parse_csv(out + "\n") == rows)
