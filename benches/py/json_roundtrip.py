# JSON round trips of agent-style records: json.dumps with options, json.loads, and work on the result.
import json


def records(n):
    return [
        {"id": i, "name": "item-" + str(i), "price": i * 0.25, "tags": ["a", "b", str(i % 7)],
         "meta": {"ok": i % 3 == 0, "score": None if i % 5 else i / 7}}
        for i in range(n)
    ]


def roundtrip(n):
    data = records(n)
    total = 0
    for chunk in range(0, n, 500):
        text = json.dumps(data[chunk:chunk + 500], sort_keys=True)
        back = json.loads(text)
        total += sum(r["price"] for r in back if r["meta"]["ok"])
    pretty = json.dumps(data[:50], indent=2)
    return round(total, 2), len(pretty), len(json.dumps(data, separators=(",", ":")))


print(roundtrip(20000))
