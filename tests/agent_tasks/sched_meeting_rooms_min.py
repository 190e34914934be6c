# task: assign meetings to the fewest rooms with a heap and report each room's schedule
import heapq

MEETINGS = """
standup      09:00 09:15
design-rev   09:00 10:30
1on1-ana     09:10 09:40
planning     09:30 11:00
lunch-learn  12:00 13:00
1on1-bo      10:30 11:00
retro        10:45 11:45
interview    11:00 12:15
all-hands    13:00 14:00
"""


def minutes(hhmm: str) -> int:
    h, m = map(int, hhmm.split(":"))
    return h * 60 + m


def fmt(mins: int) -> str:
    return f"{mins // 60:02d}:{mins % 60:02d}"


meetings = []
for line in MEETINGS.strip().splitlines():
    name, start, end = line.split()
    meetings.append((minutes(start), minutes(end), name))
meetings.sort()

free_at: list[tuple[int, int]] = []  # (time the room frees up, room number)
schedule: dict[int, list[tuple[int, int, str]]] = {}
for start, end, name in meetings:
    if free_at and free_at[0][0] <= start:
        _, room = heapq.heappop(free_at)
    else:
        room = len(schedule) + 1
        schedule[room] = []
    schedule[room].append((start, end, name))
    heapq.heappush(free_at, (end, room))

print(f"{len(meetings)} meetings need {len(schedule)} rooms")
for room, items in schedule.items():
    busy = sum(e - s for s, e, _ in items)
    print(f"Room {room} (busy {busy} min):")
    for s, e, name in items:
        print(f"   {fmt(s)}-{fmt(e)} {name}")

# peak concurrency via sweep line, as a cross-check
points = sorted([(s, 1) for s, _, _ in meetings] + [(e, -1) for _, e, _ in meetings])
cur = peak = 0
peak_time = None
for t, delta in points:
    cur += delta
    if cur > peak:
        peak, peak_time = cur, t
print(f"peak concurrency {peak} at {fmt(peak_time)}; matches rooms: {peak == len(schedule)}")
