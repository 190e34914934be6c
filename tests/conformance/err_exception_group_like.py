# area: err: collect validation errors then raise one summary ValueError listing them
errors = []
records = [{"id": 1, "qty": 3}, {"id": 2, "qty": -1}, {"id": "x", "qty": 2}, {"id": 4}]
for r in records:
    if not isinstance(r.get("id"), int):
        errors.append(f"record {r.get('id')!r}: id must be int")
    if r.get("qty", 0) <= 0:
        errors.append(f"record {r.get('id')!r}: qty must be positive")
print(len(records), "records checked")
for e in errors:
    print(" -", e)
if errors:
    raise ValueError(f"{len(errors)} validation errors; first: {errors[0]}")
