# misc: recursive pretty printer for nested dicts and lists
def pretty(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        lines = ["{"]
        for k, v in value.items():
            lines.append(f"{pad}  {k!r}: {pretty(v, indent + 1)},")
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(value, list):
        if not value:
            return "[]"
        lines = ["["]
        for v in value:
            lines.append(f"{pad}  {pretty(v, indent + 1)},")
        lines.append(pad + "]")
        return "\n".join(lines)
    return repr(value)
doc = {"name": "agent-7", "tags": ["fast", "safe"], "limits": {"cpu": 2, "mem": 512.5, "net": None},
       "history": [{"step": 1, "ok": True}, {"step": 2, "ok": False, "err": "it's broken"}], "empty": {}, "none": []}
print(pretty(doc))
