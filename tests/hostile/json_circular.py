# expect: error ValueError
# A self-referencing dict is caught by the circular reference check.
import json
d = {}
d["self"] = d
json.dumps(d)
