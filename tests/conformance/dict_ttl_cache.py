# area: dict: TTL cache implemented with a dict of (value, expiry) on a virtual clock, with purge and statistics
class Clock:
    def __init__(self):
        self.t = 0
    def advance(self, dt):
        self.t += dt

clock = Clock()
store = {}
stats = {"hit": 0, "miss": 0, "expired": 0}

def put(key, value, ttl):
    store[key] = (value, clock.t + ttl)

def get(key):
    entry = store.get(key)
    if entry is None:
        stats["miss"] += 1
        return None
    value, exp = entry
    if exp <= clock.t:
        del store[key]
        stats["expired"] += 1
        return None
    stats["hit"] += 1
    return value

def purge():
    dead = [k for k, (_, exp) in store.items() if exp <= clock.t]
    for k in dead:
        del store[k]
    return dead

put("a", 1, 5)
put("b", 2, 10)
put("c", 3, 1)
print(get("a"), get("c"), get("z"))
clock.advance(2)
print(get("c"), get("a"), sorted(store))
clock.advance(4)
print(get("a"), sorted(store))
put("d", 4, 3)
clock.advance(5)
print("purged:", purge(), "left:", sorted(store))
print(stats, sum(stats.values()))
