# area: realistic agent script: unicode-aware report (emoji status icons, accented names) with padding by character count
RESULTS = [("Zoë", "pass", 12.5), ("Łukasz", "fail", 30.25), ("Søren", "pass", 8.0), ("Ana María", "skip", 0.0), ("李雷", "pass", 15.75)]
ICON = {"pass": "✅", "fail": "❌", "skip": "⏭️"}
width = max(len(n) for n, _, _ in RESULTS)
for name, status, secs in RESULTS:
    print(f"{ICON[status]} {name:<{width}} {status.upper():<4} {secs:6.2f}s")
counts = {}
for _, status, _ in RESULTS:
    counts[status] = counts.get(status, 0) + 1
print(" ".join(f"{ICON[s]}×{n}" for s, n in sorted(counts.items())))
print([len(n) for n, _, _ in RESULTS], [n.upper() for n, _, _ in RESULTS])
print(sorted(n for n, _, _ in RESULTS), "|", "·".join(n[0] for n, _, _ in RESULTS))
print(ascii(RESULTS[0][0]), repr("✅"), len("⏭️"), [hex(ord(c)) for c in "⏭️"])
