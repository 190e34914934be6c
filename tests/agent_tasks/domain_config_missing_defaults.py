# task: layered agent configuration using a dict subclass with __missing__ fallbacks
import json


class LayeredConfig(dict):
    """A dict that falls back to parent layers, then to computed defaults."""

    def __init__(self, data=None, parent=None, name="layer"):
        super().__init__(data or {})
        self.parent = parent
        self.name = name
        self.misses: list[str] = []

    def __missing__(self, key):
        self.misses.append(key)
        if self.parent is not None:
            return self.parent[key]
        if key.endswith("_timeout"):
            return 30
        raise KeyError(f"{key} not set in any layer")

    def source_of(self, key) -> str:
        if dict.__contains__(self, key):
            return self.name
        return self.parent.source_of(key) if self.parent else "default"

    def flatten(self) -> dict:
        base = self.parent.flatten() if self.parent else {}
        base.update(self)
        return base


class Counts(dict):
    def __missing__(self, key):
        return 0


defaults = LayeredConfig({"model": "small", "max_steps": 10, "verbose": False}, name="defaults")
team = LayeredConfig({"model": "large", "tool_timeout": 12}, parent=defaults, name="team")
run = LayeredConfig(json.loads('{"max_steps": 25, "verbose": true}'), parent=team, name="run")

for key in ["model", "max_steps", "verbose", "tool_timeout", "http_timeout", "api_key"]:
    try:
        value = run[key]
        print(f"{key:<13} = {value!r:<8} from {run.source_of(key)}")
    except KeyError as e:
        print(f"{key:<13} missing: {e.args[0]}")

print("run.get('model'):", run.get("model"), "(get does not use __missing__)")
print("'model' in run:", "model" in run)
print("misses recorded on run layer:", run.misses)
print("flattened:", json.dumps(run.flatten(), sort_keys=True))

usage = Counts()
for tool in "search fetch search calc search fetch".split():
    usage[tool] += 1
print("tool usage:", dict(sorted(usage.items(), key=lambda kv: (-kv[1], kv[0]))), "| unknown:", usage["nope"])
print("is dict:", isinstance(usage, dict), "| len:", len(usage))
