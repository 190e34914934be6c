# task: profile a JSON dataset returned by a tool: field types, null rates, numeric ranges, and emit a JSON summary
import json
from collections import Counter, defaultdict

DATA = json.loads("""[
 {"id": 1, "city": "Oslo", "temp": 4.5, "rain": true, "station": {"alt": 94}},
 {"id": 2, "city": "Lima", "temp": 19.0, "rain": false, "station": {"alt": 154}},
 {"id": 3, "city": "Oslo", "temp": null, "rain": true, "station": null},
 {"id": 4, "city": "Cairo", "temp": 28.25, "rain": false},
 {"id": 5, "city": null, "temp": 12, "rain": "unknown", "station": {"alt": 8}},
 {"id": 6, "city": "Lima", "temp": 17.5, "rain": false, "station": {"alt": 154}}
]""")

TYPE_NAMES = {bool: "bool", int: "int", float: "float", str: "str", dict: "object",
              list: "array", type(None): "null"}

fields: dict[str, Counter] = defaultdict(Counter)
values: dict[str, list] = defaultdict(list)
for row in DATA:
    for key, value in row.items():
        fields[key][TYPE_NAMES[type(value)]] += 1
        if value is not None:
            values[key].append(value)

summary = {"rows": len(DATA), "fields": {}}
for key, types in fields.items():
    present = sum(types.values())
    info = {
        "types": dict(sorted(types.items())),
        "null_rate": round((len(DATA) - len(values[key])) / len(DATA), 3),
        "missing_keys": len(DATA) - present,
    }
    nums = [v for v in values[key] if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if nums and len(nums) == len(values[key]):
        info["min"], info["max"] = min(nums), max(nums)
        info["mean"] = round(sum(nums) / len(nums), 3)
    strings = [v for v in values[key] if isinstance(v, str)]
    if strings:
        info["distinct"] = len(set(strings))
        info["top"] = Counter(strings).most_common(1)[0][0]
    if len(types) > 1 and set(types) - {"null"} != {"int", "float"} and len(set(types) - {"null"}) > 1:
        info["warning"] = "mixed types"
    summary["fields"][key] = info

for key, info in summary["fields"].items():
    flag = " <-- " + info["warning"] if "warning" in info else ""
    print(f"{key:<8} types={info['types']} null_rate={info['null_rate']}{flag}")
print(json.dumps(summary, indent=2))
