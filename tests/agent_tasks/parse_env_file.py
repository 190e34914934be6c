# task: parse a .env file with quotes, escapes, export prefixes and ${VAR} expansion
import re

ENV_TEXT = r'''
# app settings
export APP_NAME="Order Service"
APP_ENV=production
PORT = 8080
DB_HOST=localhost
DB_URL="postgres://${DB_HOST}:5432/orders"
GREETING='Hello, ${APP_NAME}!'
MULTI="line one\nline two\ttabbed"
EMPTY=
QUOTED_HASH="value # not a comment"
TRAILING=plain value # comment
BAD LINE WITHOUT EQUALS
1INVALID=x
HOME_DIR=${HOME:-/home/app}
'''

KEY_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
VAR_RE = re.compile(r"\$\{([A-Za-z_]\w*)(?::-([^}]*))?\}")
ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def expand(value, env):
    return VAR_RE.sub(lambda m: env.get(m.group(1), m.group(2) or ""), value)


def parse_env(text):
    env, errors = {}, []
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        line = line.removeprefix("export ").strip()
        key, sep, value = line.partition("=")
        key, value = key.strip(), value.strip()
        if not sep:
            errors.append(f"line {lineno}: expected KEY=VALUE")
            continue
        if not KEY_RE.match(key):
            errors.append(f"line {lineno}: invalid key {key!r}")
            continue
        if value[:1] == "'" and value.endswith("'") and len(value) >= 2:
            value = value[1:-1]  # single quotes: literal, no expansion
        elif value[:1] == '"' and value.endswith('"') and len(value) >= 2:
            value = re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), "\\" + m.group(1)), value[1:-1])
            value = expand(value, env)
        else:
            value = expand(value.split(" #", 1)[0].strip(), env)
        env[key] = value
    return env, errors


env, errors = parse_env(ENV_TEXT)
width = max(map(len, env))
for key, value in env.items():
    print(f"{key:<{width}} = {value!r}")
print()
for err in errors:
    print("error:", err)
print(f"{len(env)} variables loaded; port is int: {int(env['PORT']) + 1 == 8081}")
