# area: re: anonymising logs (IPs, emails, tokens) with compiled patterns, group references, verbose regexes and counts
import re

LOG = """2024-07-01 12:00:01 login ok user=alice@corp.com ip=10.1.2.3 token=sk_live_4f9a8b7c6d
2024-07-01 12:00:05 login fail user=bob@corp.com ip=192.168.0.77 token=sk_test_0000aaaa
2024-07-01 12:01:10 export rows=1520 user=alice@corp.com ip=10.1.2.3
2024-07-01 12:02:00 admin grant role=editor to=carol@partner.org by=alice@corp.com"""

IP = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\b")
EMAIL = re.compile(r"(?P<user>[\w.+-]+)@(?P<domain>[\w-]+\.[\w.]+)")
TOKEN = re.compile(r"""
    \b(sk_(?:live|test)_)   # prefix kept
    ([0-9a-f]{4})           # first 4 kept
    [0-9a-f]+               # rest dropped
""", re.VERBOSE)

aliases = {}
def alias(m):
    email = m.group(0)
    if email not in aliases:
        aliases[email] = f"user{len(aliases) + 1}@{m.group('domain')}"
    return aliases[email]

out = IP.sub(r"\1.\2.x.x", LOG)
out = EMAIL.sub(alias, out)
out, n_tokens = TOKEN.subn(r"\1\2****", out)
print(out)
print("tokens masked:", n_tokens, "aliases:", aliases)
print("ips:", sorted(set(m.group(0) for m in IP.finditer(LOG))))
print("domains:", sorted({m["domain"] for m in EMAIL.finditer(LOG)}))
fields = [dict(re.findall(r"(\w+)=(\S+)", line)) for line in LOG.splitlines()]
print([sorted(f) for f in fields])
times = re.findall(r"^\S+ (\d\d):(\d\d):(\d\d)", LOG, re.M)
print([int(h) * 3600 + int(m) * 60 + int(s) for h, m, s in times])
print(IP.pattern, bool(TOKEN.flags & re.VERBOSE), EMAIL.groups, sorted(EMAIL.groupindex.items()))
