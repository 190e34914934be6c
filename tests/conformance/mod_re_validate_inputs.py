# area: re: validate typical agent inputs (emails, ISO dates, semver, UUIDs, slugs, hex colors) with fullmatch and explain failures
import re

VALIDATORS = {
    "email": re.compile(r"[\w.+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
    "date": re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"),
    "semver": re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?"),
    "uuid": re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", re.I),
    "slug": re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*"),
    "color": re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}"),
}
SAMPLES = [
    ("email", "ann.lee+tag@mail.example.com"), ("email", "bad@host"), ("email", "x@y.co"),
    ("date", "2024-02-29"), ("date", "2024-13-01"), ("date", "2024-1-05"),
    ("semver", "1.4.0"), ("semver", "01.2.3"), ("semver", "2.0.0-rc.1"),
    ("uuid", "123e4567-e89b-12d3-a456-426614174000"), ("uuid", "123e4567-e89b-62d3-a456-426614174000"),
    ("slug", "hello-world-2"), ("slug", "Hello_World"), ("slug", "trailing-"),
    ("color", "#fff"), ("color", "#A1B2C3"), ("color", "#abcd"),
]
for kind, value in SAMPLES:
    m = VALIDATORS[kind].fullmatch(value)
    extra = ""
    if m and kind == "date":
        extra = str({k: int(v) for k, v in m.groupdict().items()})
    elif m and kind == "semver":
        extra = str(m.groups())
    elif not m:
        prefix = VALIDATORS[kind].match(value)
        extra = f"(matches only {prefix.group()!r})" if prefix else "(no prefix match)"
    print(f"{kind:<7}{value!r:<42}{'ok ' if m else 'BAD'} {extra}")
print(sum(1 for k, v in SAMPLES if VALIDATORS[k].fullmatch(v)), "of", len(SAMPLES), "valid")
