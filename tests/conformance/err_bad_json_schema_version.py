# area: err: an agent refuses an unsupported config version by raising a custom exception subclassing ValueError
import json

class UnsupportedVersion(ValueError):
    pass

SUPPORTED = {1, 2}
docs = ['{"version": 1, "name": "a"}', '{"version": 2, "name": "b", "extra": true}', '{"version": 3, "name": "c"}']
for raw in docs:
    doc = json.loads(raw)
    if doc["version"] not in SUPPORTED:
        raise UnsupportedVersion(f"config version {doc['version']} not in {sorted(SUPPORTED)}")
    print("loaded", doc["name"], "v", doc["version"])
