# task: parse INI-like text into nested sections with ${section:key} interpolation
import re
import json

INI = """
[paths]
root = /srv/app
logs = ${root}/logs
cache = ${root}/cache

[database]
host = db.internal
port = 5432
url = postgres://${host}:${port}/main

[worker]
log_file = ${paths:logs}/worker.log
concurrency = 4
; this is a comment
db = ${database:url}
broken = ${nowhere:key}
"""

SECTION_RE = re.compile(r"^\[(?P<name>[^\]]+)\]$")
REF_RE = re.compile(r"\$\{(?:(?P<section>[\w-]+):)?(?P<key>[\w-]+)\}")


class InterpolationError(KeyError):
    pass


def parse_ini(text):
    sections, current = {}, None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith((";", "#")):
            continue
        if m := SECTION_RE.match(line):
            current = sections.setdefault(m["name"], {})
        elif "=" in line and current is not None:
            key, value = map(str.strip, line.split("=", 1))
            current[key] = value
    return sections


def resolve(sections, section, value, depth=0):
    if depth > 10:
        raise InterpolationError("interpolation too deep")

    def repl(m):
        sec = m["section"] or section
        try:
            raw = sections[sec][m["key"]]
        except KeyError:
            raise InterpolationError(f"{sec}:{m['key']}") from None
        return resolve(sections, sec, raw, depth + 1)

    return REF_RE.sub(repl, value)


sections = parse_ini(INI)
resolved = {}
for name, items in sections.items():
    resolved[name] = {}
    for key, value in items.items():
        try:
            resolved[name][key] = resolve(sections, name, value)
        except InterpolationError as e:
            print(f"[{name}] {key}: unresolved reference {e.args[0]}")
            resolved[name][key] = None

print(json.dumps(resolved, indent=2))
print("sections:", ", ".join(sections))
