# area: realistic agent script: a tiny recursive JSON-schema validator reporting all errors with JSON paths
def validate(value, schema, path="$"):
    errors = []
    t = schema.get("type")
    checks = {"object": dict, "array": list, "string": str, "number": (int, float), "integer": int, "boolean": bool}
    if t and not isinstance(value, checks[t]) or (t in ("number", "integer") and isinstance(value, bool)):
        return [f"{path}: expected {t}, got {type(value).__name__}"]
    if t == "object":
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing required {key!r}")
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                errors.extend(validate(value[key], sub, f"{path}.{key}"))
        if schema.get("additionalProperties") is False:
            for key in value:
                if key not in schema.get("properties", {}):
                    errors.append(f"{path}: unexpected property {key!r}")
    elif t == "array":
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{path}: expected at least {schema['minItems']} items")
        for i, item in enumerate(value):
            errors.extend(validate(item, schema.get("items", {}), f"{path}[{i}]"))
    elif t == "string":
        if "enum" in schema and value not in schema["enum"]:
            errors.append(f"{path}: {value!r} not in {schema['enum']}")
        if len(value) > schema.get("maxLength", 10 ** 9):
            errors.append(f"{path}: longer than {schema['maxLength']}")
    elif t in ("number", "integer"):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: {value} < minimum {schema['minimum']}")
    return errors

SCHEMA = {
    "type": "object", "required": ["name", "steps"], "additionalProperties": False,
    "properties": {
        "name": {"type": "string", "maxLength": 10},
        "priority": {"type": "string", "enum": ["low", "high"]},
        "steps": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["tool"],
            "properties": {"tool": {"type": "string"}, "timeout": {"type": "number", "minimum": 0}}}},
    },
}
DOCS = [
    {"name": "ok-plan", "priority": "low", "steps": [{"tool": "search", "timeout": 2.5}]},
    {"name": "a-very-long-name", "priority": "urgent", "steps": []},
    {"steps": [{"timeout": -1}, {"tool": 5}, "nope"], "color": "red"},
    {"name": "types", "steps": [{"tool": "x", "timeout": True}]},
    ["not", "an", "object"],
]
for i, doc in enumerate(DOCS):
    errs = validate(doc, SCHEMA)
    print(f"doc {i}: {'valid' if not errs else f'{len(errs)} error(s)'}")
    for e in errs:
        print("   ", e)
