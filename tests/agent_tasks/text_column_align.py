# task: render a status table with ljust/rjust/center and f-string format specs, auto-sized columns
from dataclasses import dataclass, astuple


@dataclass
class Service:
    name: str
    region: str
    uptime: float
    requests: int
    p95_ms: float
    healthy: bool


SERVICES = [
    Service("auth", "eu-west-1", 99.995, 1_204_332, 41.2, True),
    Service("billing", "us-east-1", 99.2, 88_120, 310.75, False),
    Service("search-indexer", "ap-south-1", 100.0, 5_904, 1204.0, True),
    Service("gateway", "eu-west-1", 99.95, 12_550_001, 18.0, True),
]

HEADERS = ["service", "region", "uptime", "requests", "p95", "ok"]


def cells(s: Service) -> list[str]:
    return [s.name, s.region, f"{s.uptime:.2f}%", f"{s.requests:,}", f"{s.p95_ms:.1f}ms", "yes" if s.healthy else "NO"]


rows = [cells(s) for s in SERVICES]
widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(HEADERS)]
align = ["<", "<", ">", ">", ">", "^"]

title = " SERVICE STATUS "
total_width = sum(widths) + 3 * (len(widths) - 1)
print(title.center(total_width, "="))
print(" | ".join(h.upper().center(w) for h, w in zip(HEADERS, widths)))
print("-+-".join("-" * w for w in widths))
for row in rows:
    print(" | ".join(f"{cell:{a}{w}}" for cell, a, w in zip(row, align, widths)))
print("=" * total_width)

total_req = sum(s.requests for s in SERVICES)
unhealthy = [s.name for s in SERVICES if not s.healthy]
print(f"{'total requests:':<20}{total_req:>15,}")
print(f"{'mean uptime:':<20}{sum(s.uptime for s in SERVICES) / len(SERVICES):>15.3f}")
print(f"{'unhealthy:':<20}{', '.join(unhealthy) or 'none':>15}")
print()
for s in SERVICES:
    bar = "█" * int(s.p95_ms // 100)
    print(f"{s.name.rjust(16, '.')} {str(round(s.p95_ms)).zfill(5)} {bar or '▏'}")
print(astuple(SERVICES[0]))
print(f"{'hex':>6}{255:>8x}{255:>#8x}{255:>#10b}{0.000123:>12.2e}{-7:>+6d}")
