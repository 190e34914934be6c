# area: the json module: dumps options, loads, JSONDecodeError messages and positions
import json
data = {"name": "agent", "n": 3, "ok": True, "none": None, "f": 1.5, "big": 10**30,
        "list": [1, 2.0, "three", [], {}], "nested": {"b": [1, {"c": "d"}], "a": (1, 2)},
        "uni": "héllo ☃ 😀", "esc": "a\"b\\c\nd\te\x01"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(-float("inf")))
print(json.dumps({"x": {1, 2}} if False else 1), json.dumps("plain"), json.dumps(None))
class P:
    def __init__(self, x):
        self.x = x
print(json.dumps({"p": P(3)}, default=lambda o: o.__dict__))
for bad in [lambda: json.dumps({"s": {1}}), lambda: json.dumps({(1, 2): 3}),
            lambda: json.dumps(float("nan"), allow_nan=False)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
s = json.dumps(data)
back = json.loads(s)
print(back == {**data, "nested": {"b": [1, {"c": "d"}], "a": [1, 2]}}, back["big"], type(back["f"]).__name__)
print(json.loads('  [1, -2, 3.5e2, "x\\u00e9\\ud83d\\ude00", true, false, null, {"k": [ ]}]  '))
print(json.loads('{"a": NaN, "b": -Infinity}'), json.loads("12345678901234567890123"))
for doc in ['', '[1, 2', '{"a" 1}', "{'a': 1}", '[1,]', '{"a": 1,}', '"abc', '[1] x', 'tru', '"a\\qb"', '"\x01"',
            '{"a":1 "b":2}', '\n\n  [\n 1,\n  oops]']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(isinstance(json.JSONDecodeError("m", "d", 0) if False else ValueError(), ValueError), issubclass(json.JSONDecodeError, ValueError))
