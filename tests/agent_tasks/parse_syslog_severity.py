# task: classify syslog-style lines with match statements and summarize by host and severity
import re
from collections import Counter, defaultdict

LINES = """\
<34>Oct 11 22:14:15 web01 sshd[4721]: Failed password for root from 10.1.2.3 port 5522
<165>Oct 11 22:14:20 web01 nginx[112]: upstream timed out (110) while reading response
<14>Oct 11 22:15:01 db01 CRON[9921]: (root) CMD (backup.sh)
<11>Oct 11 22:15:07 db01 postgres[77]: FATAL: too many connections
<38>Oct 11 22:16:45 web02 sshd[5001]: Accepted publickey for deploy from 10.1.2.9 port 6001
<30>Oct 11 22:17:00 web02 systemd[1]: Started Daily apt upgrade.
malformed entry without priority
<34>Oct 11 22:18:15 web01 sshd[4730]: Failed password for admin from 10.1.2.3 port 5530
"""

SEVERITIES = ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"]
PATTERN = re.compile(r"<(\d+)>(\w{3} +\d+ [\d:]+) (\S+) (\w+)(?:\[(\d+)\])?: (.*)")


def classify(program: str, message: str) -> str:
    match program, message.split():
        case "sshd", ["Failed", "password", "for", user, *_]:
            return f"auth-failure:{user}"
        case "sshd", ["Accepted", method, "for", user, *_]:
            return f"login:{user}:{method}"
        case "postgres", ["FATAL:", *rest]:
            return "db-fatal:" + " ".join(rest)
        case "CRON", _:
            return "cron"
        case ("nginx" | "apache"), words if "timed" in words:
            return "proxy-timeout"
        case _:
            return "other"


by_host = defaultdict(Counter)
events = Counter()
for raw in LINES.splitlines():
    m = PATTERN.match(raw)
    if m is None:
        print(f"unparsable: {raw!r}")
        continue
    pri, ts, host, program, pid, message = m.groups()
    facility, severity = divmod(int(pri), 8)
    sev_name = SEVERITIES[severity]
    by_host[host][sev_name] += 1
    kind = classify(program, message)
    events[kind.split(":")[0]] += 1
    print(f"{ts} {host:<6} fac={facility:<2} {sev_name:<8} {program:<9} {kind}")

print()
for host in sorted(by_host):
    summary = ", ".join(f"{s}={by_host[host][s]}" for s in SEVERITIES if by_host[host][s])
    print(f"{host}: {summary}")
print("event kinds:", sorted(events.items()))
