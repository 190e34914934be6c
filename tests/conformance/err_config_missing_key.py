# area: err: agent reads nested config; missing nested key raises KeyError with the key repr
import json

raw = '{"model": {"name": "small", "params": {"temperature": 0.2, "top_p": 0.9}}, "tools": ["search", "calc"]}'
cfg = json.loads(raw)

def get_path(d, dotted):
    cur = d
    for part in dotted.split("."):
        cur = cur[part]
    return cur

for key in ["model.name", "model.params.temperature", "tools"]:
    print(f"{key} = {get_path(cfg, key)!r}")
print("defaults applied:", cfg["model"]["params"].get("max_tokens", 256))
print(get_path(cfg, "model.params.max_tokens"))
