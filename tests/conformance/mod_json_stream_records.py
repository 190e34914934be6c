# area: json: parse JSON-lines with bad records, normalise nested fields, aggregate and emit compact sorted JSON
import json

JSONL = """\
{"ts": "2024-05-01T10:00:00Z", "user": {"id": 7, "name": "Ann"}, "event": "login", "meta": {"ip": "10.0.0.1"}}
{"ts": "2024-05-01T10:05:00Z", "user": {"id": 8, "name": "Bob"}, "event": "purchase", "amount": 19.99}
{"ts": "2024-05-01T10:06:00Z", "user": {"id": 7, "name": "Ann"}, "event": "purchase", "amount": 5}
not-json
{"ts": "2024-05-01T10:07:00Z", "user": null, "event": "ping"}
{"ts": "2024-05-01T10:09:00Z", "user": {"id": 8}, "event": "logout"}
[1, 2, 3]
"""
good, bad = [], []
for n, line in enumerate(JSONL.splitlines(), 1):
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        bad.append((n, f"{e.msg} at col {e.colno}"))
        continue
    if not isinstance(rec, dict):
        bad.append((n, f"expected object, got {type(rec).__name__}"))
        continue
    user = rec.get("user") or {}
    good.append({"line": n, "uid": user.get("id"), "name": user.get("name", "?"), "event": rec["event"],
                 "amount": float(rec.get("amount", 0)), "hour": rec["ts"][11:13]})
print(len(good), "good;", bad)
per_user = {}
for r in good:
    if r["uid"] is None:
        continue
    u = per_user.setdefault(str(r["uid"]), {"events": [], "spent": 0.0})
    u["events"].append(r["event"])
    u["spent"] = round(u["spent"] + r["amount"], 2)
print(json.dumps(per_user, sort_keys=True))
print(json.dumps(per_user, indent=2, sort_keys=True))
out = [json.dumps(r, separators=(",", ":"), sort_keys=True) for r in good[:2]]
print("\n".join(out))
print(json.loads(out[0])["amount"], json.dumps([0.1, 1e-7, 1e21, -0.0, 3.0, 2 ** 64]))
