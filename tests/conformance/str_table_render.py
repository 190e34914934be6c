# area: str: render a list of dicts as a boxed text table with computed column widths and numeric right-alignment
rows = [
    {"tool": "search", "calls": 1532, "errors": 12, "p50_ms": 83.2, "owner": "ann"},
    {"tool": "calculator", "calls": 87, "errors": 0, "p50_ms": 1.05, "owner": "bob"},
    {"tool": "web_fetch", "calls": 640, "errors": 57, "p50_ms": 412.75, "owner": "ann"},
    {"tool": "sql", "calls": 12045, "errors": 3, "p50_ms": 19.0, "owner": None},
]

def fmt(v):
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:,.2f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)

def table(rows, cols):
    cells = [[fmt(r.get(c)) for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    numeric = [all(isinstance(r.get(c), (int, float)) or r.get(c) is None for r in rows) for c in cols]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep, "| " + " | ".join(c.upper().center(w) for c, w in zip(cols, widths)) + " |", sep.replace("-", "=")]
    for row in cells:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(row, widths, numeric)]
        out.append("| " + " | ".join(parts) + " |")
    out.append(sep)
    return "\n".join(out)

print(table(rows, ["tool", "calls", "errors", "p50_ms", "owner"]))
for r in rows:
    r["err_rate"] = r["errors"] / r["calls"]
worst = sorted(rows, key=lambda r: r["err_rate"], reverse=True)
print(table(worst[:2], ["tool", "err_rate"]))
print("\n".join(f"{r['tool']:.<16}{r['err_rate']:.3%}" for r in worst))
