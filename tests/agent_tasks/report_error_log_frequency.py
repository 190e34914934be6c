# task: group error log messages into signatures (numbers and ids masked) and rank them by frequency
import re
from collections import Counter, defaultdict

LOG_LINES = [
    "ERROR 2024-08-01T10:00:01 Timeout after 3000ms calling payments-svc (req 8f3a1c)",
    "ERROR 2024-08-01T10:00:07 User 4411 not found",
    "WARN  2024-08-01T10:01:00 Cache miss ratio 0.42",
    "ERROR 2024-08-01T10:02:13 Timeout after 5000ms calling payments-svc (req 77be02)",
    "ERROR 2024-08-01T10:03:55 User 98 not found",
    "ERROR 2024-08-01T10:04:01 Disk /var/data at 97% capacity",
    "ERROR 2024-08-01T10:05:30 Timeout after 3000ms calling inventory-svc (req 0a0b0c)",
    "ERROR 2024-08-01T10:06:12 User 4411 not found",
    "ERROR 2024-08-01T10:07:45 Disk /var/log at 91% capacity",
    "ERROR 2024-08-01T10:08:00 Timeout after 3000ms calling payments-svc (req 1d2e3f)",
]

MASKS = [
    (re.compile(r"\breq [0-9a-f]{6}\b"), "req <id>"),
    (re.compile(r"\d+ms"), "<n>ms"),
    (re.compile(r"\d+%"), "<n>%"),
    (re.compile(r"/var/\w+"), "<path>"),
    (re.compile(r"\b\d+\b"), "<n>"),
]
LINE_RE = re.compile(r"^(\w+)\s+(\S+) (.*)$")


def signature(message: str) -> str:
    for pattern, repl in MASKS:
        message = pattern.sub(repl, message)
    return message


counts = Counter()
first_seen, examples = {}, defaultdict(set)
for line in LOG_LINES:
    level, ts, message = LINE_RE.match(line).groups()
    if level != "ERROR":
        continue
    sig = signature(message)
    counts[sig] += 1
    first_seen.setdefault(sig, ts)
    examples[sig].add(message)

total = sum(counts.values())
print(f"{total} errors, {len(counts)} distinct signatures\n")
for rank, (sig, n) in enumerate(counts.most_common(), 1):
    print(f"{rank}. [{n}x, {n / total:.0%}] {sig}")
    print(f"   first seen {first_seen[sig]}, {len(examples[sig])} unique variant(s)")
services = Counter(re.search(r"calling (\S+)", m).group(1)
                   for msgs in examples.values() for m in msgs if "calling" in m)
print("\ntimeouts by service:", dict(sorted(services.items())))
