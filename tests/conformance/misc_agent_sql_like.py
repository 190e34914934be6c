# area: realistic agent script: a tiny query engine over lists of dicts (select/where/group by/order by/limit) with lambdas
EMP = [
    {"name": "ann", "dept": "eng", "salary": 120, "age": 31},
    {"name": "bob", "dept": "ops", "salary": 90, "age": 45},
    {"name": "cyd", "dept": "eng", "salary": 135, "age": 28},
    {"name": "dee", "dept": "sales", "salary": 70, "age": 39},
    {"name": "eve", "dept": "eng", "salary": 99, "age": 52},
    {"name": "fay", "dept": "sales", "salary": 88, "age": 24},
]

class Query:
    def __init__(self, rows):
        self.rows = list(rows)
    def where(self, pred):
        return Query(r for r in self.rows if pred(r))
    def select(self, *cols, **computed):
        out = []
        for r in self.rows:
            row = {c: r[c] for c in cols}
            row.update({k: f(r) for k, f in computed.items()})
            out.append(row)
        return Query(out)
    def order_by(self, *keys):
        rows = self.rows
        for k in reversed(keys):
            desc = k.startswith("-")
            name = k.lstrip("-")
            rows = sorted(rows, key=lambda r: r[name], reverse=desc)
        return Query(rows)
    def limit(self, n):
        return Query(self.rows[:n])
    def group_by(self, key, **aggs):
        groups = {}
        for r in self.rows:
            groups.setdefault(r[key], []).append(r)
        return Query({key: k, **{name: fn(g) for name, fn in aggs.items()}} for k, g in groups.items())
    def show(self):
        if not self.rows:
            print("(empty)")
            return
        cols = list(self.rows[0])
        print(" | ".join(f"{c:>8}" for c in cols))
        for r in self.rows:
            print(" | ".join(f"{r[c]:>8.1f}" if isinstance(r[c], float) else f"{r[c]!s:>8}" for c in cols))
        print()

Query(EMP).where(lambda r: r["dept"] == "eng").select("name", "salary").order_by("-salary").show()
Query(EMP).group_by("dept", n=len, avg=lambda g: sum(r["salary"] for r in g) / len(g),
                    oldest=lambda g: max(g, key=lambda r: r["age"])["name"]).order_by("-n", "dept").show()
Query(EMP).select("name", band=lambda r: "senior" if r["age"] >= 40 else "junior", k=lambda r: r["salary"] // 10).order_by("band", "-k").limit(4).show()
Query(EMP).where(lambda r: r["salary"] > 500).show()
