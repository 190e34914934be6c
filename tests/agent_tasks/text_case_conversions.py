# task: convert identifiers between camelCase, PascalCase, snake_case, kebab-case and CONSTANT_CASE
import re

IDENTIFIERS = [
    "userId", "HTTPServerError", "parse_json_v2", "get-user-by-id", "XMLHttpRequest",
    "already_snake", "MAX_RETRY_COUNT", "iOSVersion", "utf8Decoder", "  Mixed up_Name-here ",
]


def split_words(name: str) -> list[str]:
    name = name.strip()
    parts = re.split(r"[_\-\s]+", name)
    words = []
    for part in parts:
        # split "HTTPServer" -> HTTP Server, "userId" -> user Id, "utf8Decoder" -> utf8 Decoder
        words += re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+\d*|[A-Z]+\d*|\d+", part)
    return [w.lower() for w in words if w]


def to_snake(name):
    return "_".join(split_words(name))


def to_kebab(name):
    return "-".join(split_words(name))


def to_camel(name):
    first, *rest = split_words(name)
    return first + "".join(w.capitalize() for w in rest)


def to_pascal(name):
    return "".join(w.capitalize() for w in split_words(name))


def to_constant(name):
    return to_snake(name).upper()


converters = [to_snake, to_kebab, to_camel, to_pascal, to_constant]
header = ["input"] + [f.__name__.removeprefix("to_") for f in converters]
rows = [[repr(name)] + [f(name) for f in converters] for name in IDENTIFIERS]
widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
for row in [header] + rows:
    print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())

print()
payload = {"userName": "ana", "accountID": 7, "lastLoginAt": "2024-01-01", "isAdmin": False}
snake_payload = {to_snake(k): v for k, v in payload.items()}
print(snake_payload)
print({to_camel(k): v for k, v in snake_payload.items()})
roundtrip_ok = all(to_snake(to_camel(n)) == to_snake(n) for n in IDENTIFIERS)
print("snake(camel(x)) == snake(x) for all:", roundtrip_ok)
