# area: realistic agent script: room booking with overlap detection using sorted intervals and bisect, with cancellations
import bisect

class Room:
    def __init__(self, name):
        self.name = name
        self.starts, self.bookings = [], []
    def free(self, start, end):
        i = bisect.bisect_left(self.starts, start)
        if i > 0 and self.bookings[i - 1][1] > start:
            return False
        if i < len(self.bookings) and self.bookings[i][0] < end:
            return False
        return True
    def book(self, start, end, who):
        if end <= start:
            raise ValueError(f"invalid interval {start}-{end}")
        if not self.free(start, end):
            return False
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.bookings.insert(i, (start, end, who))
        return True
    def cancel(self, who):
        keep = [(s, e, w) for s, e, w in self.bookings if w != who]
        removed = len(self.bookings) - len(keep)
        self.bookings = keep
        self.starts = [s for s, _, _ in keep]
        return removed

def hm(m):
    return f"{m // 60:02d}:{m % 60:02d}"

rooms = {n: Room(n) for n in ("Fjord", "Glacier")}
requests = [("Fjord", 540, 600, "ann"), ("Fjord", 570, 630, "bob"), ("Glacier", 570, 630, "bob"),
            ("Fjord", 600, 660, "cyd"), ("Fjord", 660, 600, "dee"), ("Glacier", 480, 575, "eve"),
            ("Fjord", 500, 541, "fay"), ("Glacier", 630, 700, "ann")]
for room, s, e, who in requests:
    try:
        ok = rooms[room].book(s, e, who)
        alt = None
        if not ok:
            alt = next((r for r in rooms.values() if r.free(s, e)), None)
        print(f"{who:<4}{room:<8}{hm(s)}-{hm(e)} {'booked' if ok else 'conflict'}" + (f" (try {alt.name})" if alt else ""))
    except ValueError as e:
        print(f"{who:<4}{room:<8} error: {e}")
print("cancelled bob:", rooms["Glacier"].cancel("bob"))
for r in rooms.values():
    print(r.name, [f"{hm(s)}-{hm(e)} {w}" for s, e, w in r.bookings])
print(rooms["Glacier"].free(575, 630), rooms["Fjord"].free(530, 545))
