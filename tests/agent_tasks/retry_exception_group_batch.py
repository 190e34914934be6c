# task: run parallel-style subtasks, collect failures into an ExceptionGroup and handle them with except*
class QuotaError(Exception):
    pass


class ValidationError(ValueError):
    pass


def enrich(record: dict) -> dict:
    if "email" not in record:
        raise ValidationError(f"record {record['id']} has no email")
    if record["id"] % 4 == 0:
        raise QuotaError(f"enrichment quota hit on record {record['id']}")
    if record["email"].count("@") != 1:
        raise ValidationError(f"record {record['id']} email {record['email']!r} is malformed")
    return {**record, "domain": record["email"].split("@")[1]}


def run_batch(records):
    done, errors = [], []
    for rec in records:
        try:
            done.append(enrich(rec))
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(records)} records failed", errors)
    return done


records = [
    {"id": 1, "email": "a@x.com"}, {"id": 2, "email": "b@y.org"}, {"id": 3},
    {"id": 4, "email": "d@x.com"}, {"id": 5, "email": "e@@z.net"}, {"id": 8, "email": "h@y.org"},
]
retry_queue = []
try:
    run_batch(records)
except* QuotaError as eg:
    print(f"quota errors ({len(eg.exceptions)}): will retry later")
    for e in eg.exceptions:
        print("   ", e)
        retry_queue.append(int(str(e).rsplit(" ", 1)[1]))
except* ValidationError as eg:
    print(f"validation errors ({len(eg.exceptions)}): dropping records")
    for e in eg.exceptions:
        print("   ", e)

print("retry queue:", retry_queue)
try:
    print("clean batch:", [r["domain"] for r in run_batch(records[:2])])
    run_batch(records)
except ExceptionGroup as eg:
    print("group message:", eg.message)
    quota, rest = eg.split(QuotaError)
    print("split ->", [type(e).__name__ for e in quota.exceptions], [str(e) for e in rest.exceptions])
    only_val = eg.subgroup(lambda e: isinstance(e, ValueError))
    print("subgroup ValueError count:", len(only_val.exceptions))
