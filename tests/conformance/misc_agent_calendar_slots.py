# area: realistic agent script: find free meeting slots by merging busy intervals of several people within work hours
BUSY = {
    "ann": ["09:00-10:30", "12:00-13:00", "15:30-16:00"],
    "bob": ["09:30-11:00", "13:00-14:00", "16:30-17:30"],
    "cyd": ["10:45-11:15", "14:30-15:00"],
}
DAY = ("09:00", "18:00")

def to_min(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)

def to_hhmm(m):
    return f"{m // 60:02d}:{m % 60:02d}"

intervals = []
for person, spans in BUSY.items():
    for span in spans:
        a, b = span.split("-")
        intervals.append((to_min(a), to_min(b), person))
intervals.sort()
merged = []
for start, end, who in intervals:
    if merged and start <= merged[-1][1]:
        merged[-1][1] = max(merged[-1][1], end)
        merged[-1][2].add(who)
    else:
        merged.append([start, end, {who}])
print("busy blocks:")
for s, e, who in merged:
    print(f"  {to_hhmm(s)}-{to_hhmm(e)} {sorted(who)}")

free = []
cursor = to_min(DAY[0])
for s, e, _ in merged:
    if s > cursor:
        free.append((cursor, s))
    cursor = max(cursor, e)
if cursor < to_min(DAY[1]):
    free.append((cursor, to_min(DAY[1])))
for need in (30, 45, 60, 120):
    fits = [f"{to_hhmm(a)}-{to_hhmm(b)}" for a, b in free if b - a >= need]
    print(f"{need:>3} min slots: {fits}")
first = next(((a, a + 45) for a, b in free if b - a >= 45), None)
print("proposed:", first and f"{to_hhmm(first[0])}-{to_hhmm(first[1])}")
print("total free:", sum(b - a for a, b in free), "min")
