# area: err: custom exception hierarchy from a validator escapes uncaught with its message
class ValidationError(Exception):
    pass

class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(f"missing required field {field!r}")

def validate(rec):
    for f in ("id", "email"):
        if f not in rec:
            raise MissingField(f)
    if "@" not in rec["email"]:
        raise ValidationError(f"bad email: {rec['email']}")
    return True

records = [{"id": 1, "email": "a@x.org"}, {"id": 2, "email": "nope"}, {"email": "c@y.org"}]
for r in records[:2]:
    try:
        validate(r)
        print("ok", r["id"])
    except ValidationError as e:
        print("invalid", r.get("id"), "-", e)
validate(records[2])
