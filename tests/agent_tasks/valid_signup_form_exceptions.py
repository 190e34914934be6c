# task: validate signup form submissions with a hierarchy of custom exception classes and collect all field errors
import re


class ValidationError(Exception):
    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class MissingFieldError(ValidationError):
    def __init__(self, field: str):
        super().__init__(field, "is required")


class FormatError(ValidationError):
    pass


class FormInvalid(Exception):
    def __init__(self, errors: list[ValidationError]):
        super().__init__(f"{len(errors)} validation error(s)")
        self.errors = errors


USERNAME_RE = re.compile(r"^[a-z][a-z0-9_]{2,15}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)


def validate(form: dict) -> dict:
    errors: list[ValidationError] = []
    for field in ("username", "email", "password", "age"):
        if not str(form.get(field, "")).strip():
            errors.append(MissingFieldError(field))
    username = form.get("username", "")
    if username and not USERNAME_RE.match(username):
        errors.append(FormatError("username", "3-16 chars, lowercase letters, digits, underscore"))
    if form.get("email") and not EMAIL_RE.match(form["email"]):
        errors.append(FormatError("email", f"{form['email']!r} is not a valid address"))
    pw = form.get("password", "")
    if pw and (len(pw) < 8 or pw.isalpha() or pw.lower() == pw):
        errors.append(FormatError("password", "needs 8+ chars, a digit or symbol, and an uppercase letter"))
    if form.get("password") != form.get("confirm"):
        errors.append(ValidationError("confirm", "does not match password"))
    age = form.get("age")
    if age not in (None, ""):
        try:
            if int(age) < 13:
                errors.append(ValidationError("age", "must be at least 13"))
        except ValueError:
            errors.append(FormatError("age", f"{age!r} is not a number"))
    if errors:
        raise FormInvalid(errors)
    return {"username": username, "email": form["email"].lower(), "age": int(age)}


SUBMISSIONS = [
    {"username": "neo_1999", "email": "Neo@Matrix.io", "password": "Red-pill9", "confirm": "Red-pill9", "age": "27"},
    {"username": "X", "email": "bad-email", "password": "password", "confirm": "passw0rd", "age": "ten"},
    {"username": "trinity", "email": "", "password": "Short1", "confirm": "Short1", "age": 12},
    {},
]

for i, form in enumerate(SUBMISSIONS, 1):
    try:
        user = validate(form)
    except FormInvalid as exc:
        print(f"submission {i}: rejected, {exc}")
        for err in exc.errors:
            print(f"    [{type(err).__name__}] {err}")
    else:
        print(f"submission {i}: ok -> {user}")
