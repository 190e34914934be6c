# area: classes: decorator-based plugin registry, class attributes shared vs instance, __init_subclass__-free registration
REGISTRY = {}

def register(name):
    def deco(cls):
        cls.plugin_name = name
        REGISTRY[name] = cls
        return cls
    return deco

class Tool:
    plugin_name = "base"
    calls = 0
    def __init__(self, **options):
        self.options = options
    def run(self, text):
        type(self).calls += 1
        Tool.calls += 1
        return self.transform(text)
    def transform(self, text):
        return text
    def __repr__(self):
        opts = ", ".join(f"{k}={v!r}" for k, v in sorted(self.options.items()))
        return f"{type(self).__name__}({opts})"

@register("upper")
class Upper(Tool):
    def transform(self, text):
        return text.upper()

@register("trunc")
class Truncate(Tool):
    def transform(self, text):
        n = self.options.get("n", 5)
        return text if len(text) <= n else text[:n] + "..."

@register("rev-words")
class ReverseWords(Tool):
    def transform(self, text):
        return " ".join(reversed(text.split()))

def pipeline(spec, text):
    for step in spec:
        name, _, arg = step.partition(":")
        cls = REGISTRY.get(name)
        if cls is None:
            raise LookupError(f"no plugin named {name!r}; have {sorted(REGISTRY)}")
        tool = cls(n=int(arg)) if arg else cls()
        text = tool.run(text)
        print(f"  {tool!r:<18} -> {text!r}")
    return text

print(pipeline(["rev-words", "upper", "trunc:12"], "the quick brown fox"))
print(pipeline(["trunc"], "abcdefgh"))
try:
    pipeline(["upper", "shout"], "hi")
except LookupError as e:
    print("LookupError:", e)
print({name: cls.calls for name, cls in REGISTRY.items()}, Tool.calls)
print(Upper.plugin_name, Tool.plugin_name, Upper().plugin_name, issubclass(Truncate, Tool))
