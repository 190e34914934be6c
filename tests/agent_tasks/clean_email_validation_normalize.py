# task: clean a newsletter signup list: trim, lowercase, fix common domain typos, drop invalid and duplicate emails
import re
from collections import Counter

SIGNUPS = """
alice@gmail.com
 Bob.Smith@GMAIL.COM
carol@gmial.com
dave@@example.com
erin@hotmail.con
frank@yahoo.co
grace@example
heidi@outlook.com
alice@gmail.com
ivan@company.io;
judy at example.com
mallory@yaho.com
"""

EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")
DOMAIN_FIXES = {
    "gmial.com": "gmail.com",
    "gmai.com": "gmail.com",
    "hotmail.con": "hotmail.com",
    "yahoo.co": "yahoo.com",
    "yaho.com": "yahoo.com",
}

accepted: list[str] = []
fixed: list[tuple[str, str]] = []
rejected: list[tuple[str, str]] = []
seen = set()

for line in SIGNUPS.strip().splitlines():
    email = line.strip().strip(";,").lower()
    if email.count("@") != 1:
        rejected.append((line.strip(), "must contain exactly one @"))
        continue
    local, domain = email.split("@")
    if domain in DOMAIN_FIXES:
        new_email = f"{local}@{DOMAIN_FIXES[domain]}"
        fixed.append((email, new_email))
        email = new_email
    if not EMAIL_RE.match(email):
        rejected.append((line.strip(), "bad format"))
        continue
    if email in seen:
        rejected.append((line.strip(), "duplicate"))
        continue
    seen.add(email)
    accepted.append(email)

print(f"accepted ({len(accepted)}):")
for e in accepted:
    print(f"  {e}")
print(f"auto-fixed ({len(fixed)}):")
for old, new in fixed:
    print(f"  {old} -> {new}")
print(f"rejected ({len(rejected)}):")
for raw, why in rejected:
    print(f"  {raw:<22} {why}")
domains = Counter(e.split("@")[1] for e in accepted)
print("by domain:", ", ".join(f"{d}={n}" for d, n in domains.most_common()))
