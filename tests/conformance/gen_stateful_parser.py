# area: generators: a line-oriented INI-style parser generator yielding (section, key, value) with error reporting
CONFIG = """
; comment line
[server]
host = example.org
port = 8080

[database]
url = postgres://db:5432/app
pool = 10
bad line without equals
[empty]
[logging]
level = DEBUG
format = %(time)s %(msg)s
"""

class ParseIssue(Exception):
    pass

def ini_items(text):
    section = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            yield section, None, None
            continue
        if "=" not in line:
            yield section, None, ParseIssue(f"line {n}: expected key = value, got {line!r}")
            continue
        key, _, value = line.partition("=")
        yield section, key.strip(), value.strip()

config, issues = {}, []
for section, key, value in ini_items(CONFIG):
    if isinstance(value, ParseIssue):
        issues.append(str(value))
    elif key is None:
        config.setdefault(section, {})
    else:
        config[section][key] = int(value) if value.isdigit() else value
for section, values in config.items():
    print(f"[{section}] {len(values)} key(s)")
    for k, v in values.items():
        print(f"    {k:<7}= {v!r}")
print("issues:", issues)
print("sections with ints:", [s for s, vs in config.items() if any(isinstance(v, int) for v in vs.values())])
