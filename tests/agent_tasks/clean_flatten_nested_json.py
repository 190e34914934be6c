# task: flatten nested JSON API records into dotted-key rows suitable for a CSV export
import csv
import io
import json

API_RESPONSE = """
{"data": [
  {"id": 1, "user": {"name": "Ada", "address": {"city": "London", "zip": "N1"}},
   "roles": ["admin", "dev"], "meta": {"active": true, "score": 9.5}},
  {"id": 2, "user": {"name": "Linus", "address": {"city": "Portland"}},
   "roles": [], "meta": {"active": false, "score": null}},
  {"id": 3, "user": {"name": "Grace", "address": null},
   "roles": ["dev"], "meta": {"active": true, "score": 7}, "extra": {"notes": ["a", {"k": 1}]}}
]}
"""


def flatten(obj, prefix: str = "", sep: str = ".") -> dict:
    out = {}
    if isinstance(obj, dict):
        if not obj and prefix:
            out[prefix] = None
        for key, value in obj.items():
            out.update(flatten(value, f"{prefix}{sep}{key}" if prefix else key, sep))
    elif isinstance(obj, list):
        if all(not isinstance(v, (dict, list)) for v in obj):
            out[prefix] = "|".join(str(v) for v in obj)
        else:
            for i, value in enumerate(obj):
                out.update(flatten(value, f"{prefix}[{i}]", sep))
    else:
        out[prefix] = obj
    return out


records = json.loads(API_RESPONSE)["data"]
rows = [flatten(r) for r in records]

columns: list[str] = []
for row in rows:
    for key in row:
        if key not in columns:
            columns.append(key)

print("columns:", columns)
buffer = io.StringIO()
writer = csv.DictWriter(buffer, fieldnames=columns, restval="", lineterminator="\n")
writer.writeheader()
for row in rows:
    writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
print(buffer.getvalue(), end="")

sparse = {c: sum(1 for r in rows if r.get(c) in (None, "")) for c in columns}
print("empty cells per column:", {c: n for c, n in sparse.items() if n})
