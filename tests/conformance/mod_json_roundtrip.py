# area: json: dumps options (indent, sort_keys, separators, ensure_ascii, default), loads types, round trips
import json

record = {
    "id": 7, "name": "Zoë", "ratio": 0.1 + 0.2, "tags": ("a", "b"), "nested": {"empty": [], "none": None, "t": True},
    "big": 10 ** 20, "neg": -0.0, "esc": 'quote " backslash \\ tab \t newline \n',
}
s = json.dumps(record)
print(s)
print(json.dumps(record, ensure_ascii=False, sort_keys=True))
print(json.dumps(record["nested"], indent=4))
print(json.dumps([1, [2, [3, {}]]], indent=1, separators=(",", ": ")))
back = json.loads(s)
print(back == record, back["tags"], type(back["tags"]).__name__, back["big"], back["neg"])
print(json.loads('{"a": 1e3, "b": 2.50, "c": -7, "d": "\\u00e9\\n", "e": [true, false, null]}'))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))

class Money:
    def __init__(self, cents):
        self.cents = cents

def encode(o):
    if isinstance(o, Money):
        return {"$money": o.cents / 100}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")

print(json.dumps({"price": Money(1999), "ids": {3, 1, 2}}, default=encode))
try:
    json.dumps({"bad": object()}, default=encode)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"x": float("nan")}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps(float("inf")), json.dumps("日本"), json.dumps("日本", ensure_ascii=False))
for bad in ['{"a": }', "[1, 2", "{'single': 1}", "tru", '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:<16} -> {e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")
