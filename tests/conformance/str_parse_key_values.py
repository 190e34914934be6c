# area: str: parse query strings, headers and key=value configs with partition/split/strip and percent-decoding
def parse_query(qs):
    out = {}
    for part in qs.lstrip("?").split("&"):
        if not part:
            continue
        key, sep, value = part.partition("=")
        value = unquote(value.replace("+", " ")) if sep else None
        out.setdefault(unquote(key), []).append(value)
    return out

def unquote(s):
    res, i = "", 0
    while i < len(s):
        if s[i] == "%" and i + 2 < len(s) + 0 and all(c in "0123456789abcdefABCDEF" for c in s[i + 1:i + 3]) and len(s[i + 1:i + 3]) == 2:
            res += chr(int(s[i + 1:i + 3], 16))
            i += 3
        else:
            res += s[i]
            i += 1
    return res

print(parse_query("?q=hello+world&lang=en&tag=a&tag=b%2Fc&flag&empty=&pct=100%25"))

HEADERS = """Content-Type: application/json; charset=utf-8
X-Request-Id:   abc-123
Set-Cookie: a=1
Set-Cookie: b=2; Path=/
Content-Length: 348"""

headers = {}
for line in HEADERS.splitlines():
    name, _, value = line.partition(":")
    headers.setdefault(name.strip().lower(), []).append(value.strip())
for k, v in headers.items():
    print(f"{k:<15} {v}")
ctype, _, params = headers["content-type"][0].partition(";")
print(ctype, dict(p.strip().split("=") for p in params.split(";")))
print(int(headers["content-length"][0]) // 100, [c.split(";")[0] for c in headers["set-cookie"]])

ENV = "  PATH=/usr/bin:/bin ; DEBUG = true;EMPTY=;  NAME = 'quoted value' "
env = {}
for item in ENV.split(";"):
    k, _, v = item.partition("=")
    env[k.strip()] = v.strip().strip("'")
print(env)
print({k: (v.lower() == "true" if v.lower() in ("true", "false") else v) for k, v in env.items()})
