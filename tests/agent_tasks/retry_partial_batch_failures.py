# task: send a bulk upsert, retry only the items that failed, and merge the final results
import json

RECORDS = [{"id": f"u{i}", "name": n} for i, n in enumerate(["ann", "bo", "cy", "di", "ed", "flo", "gus"], 1)]


class BulkAPI:
    def __init__(self):
        self.round = 0
        self.stored: dict[str, dict] = {}

    def upsert(self, batch: list[dict]) -> str:
        """Returns a JSON body with per-item statuses, like many bulk endpoints."""
        self.round += 1
        items = []
        for rec in batch:
            rid = rec["id"]
            num = int(rid[1:])
            if len(rec["name"]) < 2:
                items.append({"id": rid, "status": 400, "error": "name too short"})
            elif (num + self.round) % 3 == 0:
                items.append({"id": rid, "status": 503, "error": "shard unavailable"})
            else:
                self.stored[rid] = rec
                items.append({"id": rid, "status": 200})
        return json.dumps({"round": self.round, "items": items})


api = BulkAPI()
pending = {r["id"]: r for r in RECORDS}
final: dict[str, str] = {}
for attempt in range(1, 5):
    if not pending:
        break
    body = json.loads(api.upsert(list(pending.values())))
    statuses = {item["id"]: item for item in body["items"]}
    ok = [i for i, it in statuses.items() if it["status"] == 200]
    retry = [i for i, it in statuses.items() if it["status"] >= 500]
    fatal = [i for i, it in statuses.items() if 400 <= it["status"] < 500]
    print(f"round {body['round']}: sent {len(pending)}, ok={ok}, retry={retry}, fatal={fatal}")
    for rid in ok:
        final[rid] = f"stored (round {attempt})"
    for rid in fatal:
        final[rid] = f"rejected: {statuses[rid]['error']}"
    pending = {rid: pending[rid] for rid in retry}

for rid in pending:
    final[rid] = "gave up: shard unavailable"

print("\nfinal status:")
for rid in sorted(final, key=lambda r: int(r[1:])):
    print(f"  {rid:<3} {final[rid]}")
print("stored on server:", sorted(api.stored, key=lambda r: int(r[1:])))
print("api rounds used:", api.round)
