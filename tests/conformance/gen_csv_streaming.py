# area: generators: streaming CSV-ish processing with header detection, typed conversion, filtering and grouped totals
RAW = """# exported 2024-06-01
region;store;month;sales
north;n1;2024-01;1200
north;n2;2024-01;800
south;s1;2024-01;950

north;n1;2024-02;1300
south;s1;2024-02;n/a
south;s2;2024-02;400
east;e1;2024-02;700"""

def lines(text):
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line

def records(src, sep=";"):
    src = iter(src)
    header = next(src).split(sep)
    for n, line in enumerate(src, 2):
        yield n, dict(zip(header, line.split(sep)))

def typed(src, problems):
    for n, rec in src:
        try:
            rec["sales"] = int(rec["sales"])
        except ValueError:
            problems.append(f"row {n}: bad sales {rec['sales']!r}")
            continue
        yield rec

def group_totals(src, key):
    totals = {}
    for rec in src:
        totals[rec[key]] = totals.get(rec[key], 0) + rec["sales"]
    return totals

problems = []
pipeline = typed(records(lines(RAW)), problems)
by_region = group_totals(pipeline, "region")
print(by_region, problems)
problems.clear()
by_month = group_totals(typed(records(lines(RAW)), problems), "month")
print(by_month)
best = max(typed(records(lines(RAW)), []), key=lambda r: r["sales"])
print("best row:", best)
print("stores over 900:", [r["store"] for r in typed(records(lines(RAW)), []) if r["sales"] > 900])
