# task: extract email addresses from messy text, validate them and group by domain
import re
from collections import defaultdict

TEXT = """
From: "Alice Example" <alice@example.com>
To: bob.smith+newsletter@Mail.Example.COM, carol@sub.domain.co.uk
Cc: invalid@, @nouser.com, dave@localhost, eve..double@dots.org
Reply-To: frank_o'neil@example.com; grace@exa-mple.io
Body: contact support@example.com or sales@EXAMPLE.com (not support@example.com.)
Also: heidi@192.168.0.1 and ivan@xn--bcher-kva.example
"""

CANDIDATE = re.compile(r"[\w.+'-]+@[\w.-]+", re.UNICODE)
LOCAL_OK = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
LABEL_OK = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


def validate(addr: str) -> str | None:
    """Return a reason if invalid, else None."""
    local, _, domain = addr.rpartition("@")
    if not local:
        return "empty local part"
    if not LOCAL_OK.match(local):
        return "bad local part"
    labels = domain.split(".")
    if len(labels) < 2:
        return "domain needs a dot"
    if not all(LABEL_OK.match(l) for l in labels):
        return "bad domain label"
    if labels[-1].isdigit():
        return "numeric TLD (IP literal not allowed)"
    return None


def canonical(addr: str) -> str:
    local, _, domain = addr.rpartition("@")
    local = local.split("+", 1)[0]
    return f"{local}@{domain.lower()}"


by_domain = defaultdict(set)
rejected = {}
for raw in CANDIDATE.findall(TEXT):
    addr = raw.rstrip(".")
    reason = validate(addr)
    if reason:
        rejected[addr] = reason
        continue
    canon = canonical(addr)
    by_domain[canon.split("@")[1]].add(canon)

print("valid addresses by domain:")
for domain in sorted(by_domain, key=lambda d: (-len(by_domain[d]), d)):
    print(f"  {domain:<24} {', '.join(sorted(by_domain[domain]))}")
print("rejected:")
for addr, reason in sorted(rejected.items()):
    print(f"  {addr:<22} {reason}")
total = sum(len(v) for v in by_domain.values())
print(f"{total} unique valid addresses across {len(by_domain)} domains")
