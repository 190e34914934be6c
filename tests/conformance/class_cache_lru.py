# area: classes: an LRU cache class built on a dict (re-insertion ordering), with hit/miss stats and eviction log
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
        self.evicted = []
    def get(self, key, default=None):
        if key not in self.data:
            self.misses += 1
            return default
        self.hits += 1
        value = self.data.pop(key)
        self.data[key] = value
        return value
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            self.evicted.append(oldest)
            del self.data[oldest]
        self.data[key] = value
    def __len__(self):
        return len(self.data)
    def __contains__(self, key):
        return key in self.data
    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"

cache = LRU(3)
def fetch(url):
    cached = cache.get(url)
    if cached is not None:
        return cached, "hit"
    body = f"<{url.upper()}>"
    cache.put(url, body)
    return body, "miss"

for url in ["/a", "/b", "/a", "/c", "/d", "/b", "/a", "/e", "/a", "/c"]:
    body, how = fetch(url)
    print(f"{url} {how:<4} {cache}")
print("evicted:", cache.evicted, len(cache), "/a" in cache, "/b" in cache)
rate = cache.hits / (cache.hits + cache.misses)
print(f"hit rate {rate:.0%}")
