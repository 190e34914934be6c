# area: err: json.dumps with a tuple key raises TypeError about key types
import json
report = {"count": 3, "items": ["a", "b"]}
print(json.dumps(report))
report[("a", 1)] = "tuple key"
print(json.dumps(report))
