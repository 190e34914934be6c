# task: validate firewall rule entries: IPv4 addresses, CIDR blocks, port ranges, and detect private or overlapping ranges
import re

RULES = [
    "allow tcp 10.0.0.0/8 22",
    "allow tcp 192.168.1.10 80-443",
    "deny udp 256.1.1.1 53",
    "allow tcp 172.16.5.0/33 8080",
    "allow tcp 8.8.8.8 0",
    "deny any 0.0.0.0/0 *",
    "allow tcp 10.1.2.0/24 3306",
    "allow icmp 1.2.3.4 *",
    "allow tcp 01.2.3.4 22",
    "allow tcp 203.0.113.7 443-80",
]

PRIVATE = [("10.0.0.0", 8), ("172.16.0.0", 12), ("192.168.0.0", 16)]


def ip_to_int(ip: str) -> int:
    parts = ip.split(".")
    if len(parts) != 4 or any(not p.isdigit() or (len(p) > 1 and p[0] == "0") or int(p) > 255 for p in parts):
        raise ValueError(f"invalid IPv4 address {ip!r}")
    value = 0
    for p in parts:
        value = value << 8 | int(p)
    return value


def parse_network(text: str) -> tuple[int, int]:
    ip, _, prefix = text.partition("/")
    bits = int(prefix) if prefix else 32
    if not 0 <= bits <= 32:
        raise ValueError(f"prefix /{bits} out of range")
    mask = (0xFFFFFFFF << (32 - bits)) & 0xFFFFFFFF
    start = ip_to_int(ip) & mask
    return start, start + (1 << (32 - bits)) - 1


def parse_ports(text: str) -> tuple[int, int]:
    if text == "*":
        return 1, 65535
    lo, _, hi = text.partition("-")
    lo_i, hi_i = int(lo), int(hi or lo)
    if not (1 <= lo_i <= hi_i <= 65535):
        raise ValueError(f"bad port range {text!r}")
    return lo_i, hi_i


private_ranges = [parse_network(f"{ip}/{bits}") for ip, bits in PRIVATE]
parsed = []
for line_no, rule in enumerate(RULES, 1):
    action, proto, net, ports = rule.split()
    try:
        if proto not in {"tcp", "udp", "icmp", "any"}:
            raise ValueError(f"unknown protocol {proto}")
        rng, port_rng = parse_network(net), parse_ports(ports)
    except ValueError as e:
        print(f"rule {line_no}: INVALID {e}")
        continue
    private = any(lo <= rng[0] and rng[1] <= hi for lo, hi in private_ranges)
    size = rng[1] - rng[0] + 1
    print(f"rule {line_no}: {action:<5} {proto:<4} {net:<16} ports {port_rng[0]}-{port_rng[1]:<5} "
          f"{size:>10,} addr {'private' if private else 'public'}")
    parsed.append((line_no, action, rng))

for i, (n1, a1, r1) in enumerate(parsed):
    for n2, a2, r2 in parsed[i + 1:]:
        if r1[0] <= r2[1] and r2[0] <= r1[1] and a1 != a2:
            print(f"conflict: rule {n1} ({a1}) overlaps rule {n2} ({a2})")
