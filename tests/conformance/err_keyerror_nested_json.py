# area: err: KeyError when a JSON API response lacks an expected nested field
import json
responses = [
    '{"data": {"user": {"id": 1, "profile": {"city": "Oslo"}}}}',
    '{"data": {"user": {"id": 2, "profile": {"city": "Rome"}}}}',
    '{"data": {"user": {"id": 3}}}',
]
for raw in responses:
    body = json.loads(raw)
    user = body["data"]["user"]
    print(user["id"], user["profile"]["city"])
