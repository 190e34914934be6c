# area: err: subscripting an int taken from a nested structure raises TypeError: 'int' object is not subscriptable
payload = {"items": [{"id": 1, "tags": ["a"]}, {"id": 2, "tags": 3}]}
for item in payload["items"]:
    print("item", item["id"])
    print("first tag", item["tags"][0])
