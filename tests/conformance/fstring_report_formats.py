# area: fstring: nested format specs, conversions, dynamic widths, alignment of mixed data in an agent status report
agents = [
    {"name": "planner", "steps": 12, "tokens": 48213, "cost": 0.48213, "ok": True, "last": "draft plan"},
    {"name": "coder", "steps": 57, "tokens": 310442, "cost": 3.10442, "ok": False, "last": "tests failing: 3"},
    {"name": "reviewer", "steps": 4, "tokens": 9001, "cost": 0.09, "ok": True, "last": None},
]
name_w = max(len(a["name"]) for a in agents) + 2
for a in agents:
    status = "OK" if a["ok"] else "FAIL"
    print(f"{a['name']:<{name_w}}{a['steps']:>4} steps {a['tokens']:>9,} tok ${a['cost']:>7.3f} [{status:^6}] {a['last']!r}")
total_cost = sum(a["cost"] for a in agents)
print(f"{'total':<{name_w}}{sum(a['steps'] for a in agents):>4} steps {sum(a['tokens'] for a in agents):>9,} tok ${total_cost:>7.3f}")
for a in agents:
    share = a["cost"] / total_cost
    bar = "#" * round(share * 30)
    print(f"{a['name']:>10} {share:6.1%} {bar}")
width, prec = 12, 4
pi = 3.141592653589793
print(f"[{pi:{width}.{prec}f}] [{pi:<{width}.{prec}}] [{pi:^{width}.2e}]")
print(f"{'nested':{'>' if width > 10 else '<'}{width}}|")
print(f"{255:#06x} {255:X} {255:o} {255:b} {-255:+d} {3:03} {1e6:,.0f} {0.000123:.2e}")
print(f"{'é'!a} {'tab'!r:>8} {42!s:*^8}")
print(f"{{literal braces}} {len(agents)=}")
val = None
print(f"{val} {val!r} {str(val):>6} {[1, 2]!s} {(1,)} {dict(a=1)}")
print(f"{'multi' + 'part':_^20}", f"{3 * 7:>5}", f"{'x' if agents else 'y'}")
