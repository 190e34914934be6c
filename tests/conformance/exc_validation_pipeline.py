# area: exc: validation pipeline that accumulates errors per field via custom exceptions carrying context, then summarises
class FieldError(Exception):
    def __init__(self, field, msg, value=None):
        super().__init__(f"{field}: {msg}")
        self.field, self.msg, self.value = field, msg, value

class RecordInvalid(Exception):
    def __init__(self, index, errors):
        super().__init__(f"record {index} has {len(errors)} error(s)")
        self.index, self.errors = index, errors

def check_email(v):
    if not isinstance(v, str) or v.count("@") != 1 or "." not in v.split("@")[1]:
        raise FieldError("email", "invalid address", v)

def check_age(v):
    try:
        n = int(v)
    except (TypeError, ValueError):
        raise FieldError("age", "not a number", v) from None
    if not 0 < n < 130:
        raise FieldError("age", f"out of range ({n})", v)

def check_name(v):
    if not v or not str(v).strip():
        raise FieldError("name", "required")

CHECKS = {"name": check_name, "email": check_email, "age": check_age}

def validate(i, rec):
    errors = []
    for field, check in CHECKS.items():
        try:
            check(rec.get(field))
        except FieldError as e:
            errors.append(e)
    if errors:
        raise RecordInvalid(i, errors)
    return True

rows = [
    {"name": "Ann", "email": "ann@x.org", "age": "34"},
    {"name": " ", "email": "bob@x", "age": "abc"},
    {"name": "Cyd", "email": "cyd@@x.org", "age": 200},
    {"email": "dee@y.com", "age": None},
]
summary = {}
for i, r in enumerate(rows):
    try:
        validate(i, r)
        print(f"record {i}: ok")
    except RecordInvalid as e:
        print(e)
        for fe in e.errors:
            print(f"   - {fe} (value={fe.value!r})")
            summary[fe.field] = summary.get(fe.field, 0) + 1
print("errors by field:", dict(sorted(summary.items())))
