# task: validate webhook payloads against TypedDict definitions using typing.get_type_hints, including nested and Optional fields
from typing import TypedDict, Optional, Union, get_type_hints, get_origin, get_args


class Address(TypedDict):
    street: str
    city: str
    postcode: str


class Customer(TypedDict):
    id: int
    name: str
    email: Optional[str]
    tags: list[str]
    address: Address
    balance: Union[int, float]


def type_name(hint) -> str:
    origin = get_origin(hint)
    if origin is Union:
        return " | ".join(type_name(a) for a in get_args(hint))
    if origin is not None:
        return f"{origin.__name__}[{', '.join(type_name(a) for a in get_args(hint))}]"
    return "None" if hint is type(None) else hint.__name__


def check(value, expected, path: str) -> list[str]:
    origin = get_origin(expected)
    if origin is Union:
        options = get_args(expected)
        if any(not check(value, opt, path) for opt in options):
            return []
        return [f"{path}: expected {type_name(expected)}, got {type(value).__name__}"]
    if origin is list:
        if not isinstance(value, list):
            return [f"{path}: expected list, got {type(value).__name__}"]
        (item_type,) = get_args(expected)
        return [e for i, v in enumerate(value) for e in check(v, item_type, f"{path}[{i}]")]
    if isinstance(expected, type) and issubclass(expected, dict) and hasattr(expected, "__annotations__"):
        if not isinstance(value, dict):
            return [f"{path}: expected object, got {type(value).__name__}"]
        hints = get_type_hints(expected)
        errors = [f"{path}.{k}: missing" for k in hints if k not in value]
        errors += [f"{path}.{k}: unexpected field" for k in value if k not in hints]
        for key, hint in hints.items():
            if key in value:
                errors += check(value[key], hint, f"{path}.{key}")
        return errors
    if expected is type(None):
        return [] if value is None else [f"{path}: expected None"]
    if expected in (int, float) and isinstance(value, bool):
        return [f"{path}: expected {expected.__name__}, got bool"]
    return [] if isinstance(value, expected) else [f"{path}: expected {expected.__name__}, got {type(value).__name__}"]


PAYLOADS = [
    {"id": 7, "name": "Ada", "email": None, "tags": ["vip"], "balance": 12.5,
     "address": {"street": "1 Loop Rd", "city": "Cambridge", "postcode": "CB1"}},
    {"id": "8", "name": "Bob", "email": "bob@x.io", "tags": ["a", 2], "balance": True,
     "address": {"street": "2 Main", "city": "Leeds"}},
    {"id": 9, "name": "Cy", "tags": "none", "balance": 0, "address": None, "nickname": "c"},
]

print("Customer fields:", ", ".join(f"{k}: {type_name(v)}" for k, v in get_type_hints(Customer).items()))
for n, payload in enumerate(PAYLOADS, 1):
    errors = check(payload, Customer, "$")
    print(f"payload {n}: {'OK' if not errors else 'INVALID'}")
    for e in errors:
        print(f"   {e}")
