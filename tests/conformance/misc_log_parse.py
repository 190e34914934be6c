# misc: parsing log lines, counting levels and extracting durations
logs = """2024-05-01 10:00:01 INFO request id=1 path=/home took=12ms
2024-05-01 10:00:02 WARN request id=2 path=/search took=340ms
2024-05-01 10:00:02 INFO request id=3 path=/home took=8ms
2024-05-01 10:00:03 ERROR request id=4 path=/pay took=1500ms
malformed line here
2024-05-01 10:00:04 INFO request id=5 path=/search took=95ms"""
levels = {}
by_path = {}
bad = 0
for line in logs.splitlines():
    parts = line.split()
    if len(parts) < 7:
        bad += 1
        continue
    level = parts[2]
    levels[level] = levels.get(level, 0) + 1
    fields = dict([p.split("=", 1) for p in parts[4:]])
    ms = int(fields["took"].rstrip("ms"))
    by_path.setdefault(fields["path"], []).append(ms)
print(levels, "bad:", bad)
for path, times in sorted(by_path.items()):
    print(f"{path:<8} n={len(times)} avg={sum(times) / len(times):.1f}ms max={max(times)}ms")
slow = [p for p, ts in by_path.items() if max(ts) > 100]
print("slow:", slow)
