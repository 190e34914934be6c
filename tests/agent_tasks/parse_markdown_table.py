# task: parse a Markdown pipe table from an agent response into typed rows and re-render it sorted
import re

RESPONSE = """Here are the benchmark results you asked for:

| Model        | Params (B) | Accuracy | Latency ms | Notes            |
|:-------------|-----------:|---------:|:----------:|------------------|
| tiny-lm      | 0.1        | 61.2%    | 12         | fast             |
| base-lm      | 1.3        | 72.8%    | 45         |                  |
| large-lm     | 7          | 81.5%    | 210        | needs GPU \\| A100 |
| xl-lm        | 70         | 86.1%    | 1900       | sharded          |

Let me know if you need anything else.
"""


def split_row(line):
    cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
    return [c.strip().replace("\\|", "|") for c in cells]


def parse_table(text):
    lines = [l for l in text.splitlines() if l.strip().startswith("|")]
    header, sep, *body = lines
    names = split_row(header)
    aligns = []
    for spec in split_row(sep):
        if spec.startswith(":") and spec.endswith(":"):
            aligns.append("^")
        elif spec.endswith(":"):
            aligns.append(">")
        else:
            aligns.append("<")
    return names, aligns, [dict(zip(names, split_row(l))) for l in body]


def convert(value):
    if value.endswith("%"):
        return float(value[:-1]) / 100
    for cast in (int, float):
        try:
            return cast(value)
        except ValueError:
            pass
    return value or None


names, aligns, rows = parse_table(RESPONSE)
typed = [{k: convert(v) for k, v in row.items()} for row in rows]
print("columns:", names)
print("alignments:", "".join(aligns))

for row in typed:
    row["acc/ms"] = round(row["Accuracy"] / row["Latency ms"] * 1000, 3)
typed.sort(key=lambda r: r["acc/ms"], reverse=True)

cols = ["Model", "Params (B)", "Accuracy", "Latency ms", "acc/ms", "Notes"]
fmt = {"Accuracy": lambda v: f"{v:.1%}", "Notes": lambda v: v or "-"}
cells = [[fmt.get(c, str)(r[c]) for c in cols] for r in typed]
widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
print("| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |")
print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
for row in cells:
    print("| " + " | ".join(v.rjust(w) if i in (1, 2, 3, 4) else v.ljust(w)
                             for i, (v, w) in enumerate(zip(row, widths))) + " |")
print("best trade-off:", typed[0]["Model"])
