# task: validate nested order JSON against a hand-written schema, reporting JSON-path style error locations
import json

SCHEMA = {
    "type": "object",
    "required": ["order_id", "customer", "items"],
    "properties": {
        "order_id": {"type": "string"},
        "customer": {
            "type": "object",
            "required": ["name", "email"],
            "properties": {"name": {"type": "string"}, "email": {"type": "string"},
                           "vip": {"type": "boolean"}},
        },
        "items": {
            "type": "array",
            "min_items": 1,
            "items": {
                "type": "object",
                "required": ["sku", "qty"],
                "properties": {"sku": {"type": "string"}, "qty": {"type": "integer", "minimum": 1},
                               "price": {"type": "number", "minimum": 0}},
            },
        },
    },
}
TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "integer": int, "number": (int, float)}


def check(value, schema: dict, path: str = "$") -> list[str]:
    expected = TYPES[schema["type"]]
    if not isinstance(value, expected) or (isinstance(value, bool) and schema["type"] in ("integer", "number")):
        return [f"{path}: expected {schema['type']}, got {type(value).__name__}"]
    errors = []
    if "minimum" in schema and value < schema["minimum"]:
        errors.append(f"{path}: {value} is below minimum {schema['minimum']}")
    if schema["type"] == "object":
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing required key '{key}'")
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                errors.extend(check(value[key], sub, f"{path}.{key}"))
        extra = sorted(set(value) - set(schema.get("properties", {})))
        if extra:
            errors.append(f"{path}: unexpected keys {extra}")
    elif schema["type"] == "array":
        if len(value) < schema.get("min_items", 0):
            errors.append(f"{path}: needs at least {schema['min_items']} item(s)")
        for i, item in enumerate(value):
            errors.extend(check(item, schema["items"], f"{path}[{i}]"))
    return errors


DOCS = [
    '{"order_id": "A1", "customer": {"name": "Kim", "email": "k@x.io", "vip": true},'
    ' "items": [{"sku": "S1", "qty": 2, "price": 9.5}]}',
    '{"order_id": 17, "customer": {"name": "Lou"}, "items": []}',
    '{"customer": {"name": "Max", "email": "m@x.io", "vip": "yes"},'
    ' "items": [{"sku": "S2", "qty": 0}, {"qty": 1.5, "price": -3}, "S3"], "coupon": "X"}',
]

for n, doc in enumerate(DOCS, 1):
    errors = check(json.loads(doc), SCHEMA)
    print(f"document {n}: {'valid' if not errors else f'{len(errors)} error(s)'}")
    for e in errors:
        print(f"  - {e}")
