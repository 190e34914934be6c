# area: realistic agent script: scan config text for likely secrets with regexes and entropy, and redact them in output
import math
import re

CONFIG = """\
DATABASE_URL=postgres://app:s3cr3tP4ss@db.internal:5432/app
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
DEBUG=true
GITHUB_TOKEN=ghp_16C7e42F292c6912E7710c838347Ae178B4a
API_KEY=changeme
SESSION_SECRET=Zx9!qL2#vR8$wT5^
PORT=8080"""

RULES = [
    ("aws-access-key", re.compile(r"\bAKIA[0-9A-Z]{16}\b")),
    ("github-token", re.compile(r"\bghp_[A-Za-z0-9]{36}\b")),
    ("url-password", re.compile(r"://[^:/\s]+:([^@\s]+)@")),
]

def entropy(s):
    counts = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    return -sum(c / len(s) * math.log2(c / len(s)) for c in counts.values())

findings = []
for lineno, line in enumerate(CONFIG.splitlines(), 1):
    key, _, value = line.partition("=")
    for name, pat in RULES:
        if pat.search(line):
            findings.append((lineno, key, name))
    if any(w in key for w in ("SECRET", "TOKEN", "KEY", "PASSWORD")) and len(value) >= 12 and entropy(value) > 3.5:
        findings.append((lineno, key, f"high-entropy ({entropy(value):.2f} bits/char)"))
for f in findings:
    print("line {}: {} -> {}".format(*f))

def redact(line):
    line = RULES[2][1].sub(lambda m: m.group(0).replace(m.group(1), "****"), line)
    key, sep, value = line.partition("=")
    if any(w in key for w in ("SECRET", "TOKEN", "KEY")) and len(value) > 8:
        value = value[:4] + "*" * (len(value) - 4)
    return key + sep + value

print("\n".join(redact(l) for l in CONFIG.splitlines()))
print("weak values:", [l.split("=")[0] for l in CONFIG.splitlines() if l.split("=")[1] in ("changeme", "password", "1234")])
