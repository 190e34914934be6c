# task: retry order submissions safely using hashed idempotency keys against a simulated server
import hashlib
import json


class FlakyOrderServer:
    """Commits the order but sometimes loses the response, like a real network."""

    def __init__(self, lose_response_on: set[int]):
        self.lose_response_on = lose_response_on
        self.request_no = 0
        self.orders: dict[str, dict] = {}
        self.seen_keys: dict[str, str] = {}

    def submit(self, payload: dict, idem_key: str | None) -> dict:
        self.request_no += 1
        if idem_key and idem_key in self.seen_keys:
            response = {"order_id": self.seen_keys[idem_key], "replayed": True}
        else:
            order_id = f"ord-{len(self.orders) + 1:03d}"
            self.orders[order_id] = payload
            if idem_key:
                self.seen_keys[idem_key] = order_id
            response = {"order_id": order_id, "replayed": False}
        if self.request_no in self.lose_response_on:
            raise ConnectionError(f"response for request {self.request_no} lost")
        return response


def idempotency_key(payload: dict) -> str:
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def submit_with_retry(server, payload, use_key: bool, attempts=4):
    key = idempotency_key(payload) if use_key else None
    for attempt in range(1, attempts + 1):
        try:
            resp = server.submit(payload, key)
            return resp, attempt
        except ConnectionError as e:
            print(f"    attempt {attempt}: {e}")
    raise RuntimeError("all attempts failed")


orders = [
    {"customer": "c1", "items": [{"sku": "A", "qty": 2}], "total": 19.98},
    {"total": 5.0, "items": [{"qty": 1, "sku": "B"}], "customer": "c2"},
]
for use_key in (False, True):
    server = FlakyOrderServer(lose_response_on={1, 2, 4})
    print(f"== idempotency keys {'ON' if use_key else 'OFF'}")
    for payload in orders:
        resp, attempt = submit_with_retry(server, payload, use_key)
        print(f"  {payload['customer']}: {resp['order_id']} after {attempt} attempts (replayed={resp['replayed']})")
    print(f"  orders stored on server: {len(server.orders)} -> {sorted(server.orders)}")
    dupes = len(server.orders) - len(orders)
    print(f"  duplicate charges: {dupes}")

print("key is order-insensitive:", idempotency_key({"a": 1, "b": 2}) == idempotency_key({"b": 2, "a": 1}))
print("sample key:", idempotency_key(orders[0]))
