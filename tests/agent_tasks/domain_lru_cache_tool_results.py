# task: cache expensive tool lookups with a hand-rolled LRU class and compare with functools.lru_cache
from collections import OrderedDict
import functools


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self._data: OrderedDict[str, object] = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self._data:
            self._data.move_to_end(key)
            self.hits += 1
            return self._data[key]
        self.misses += 1
        return default

    def put(self, key, value) -> None:
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = value
        if len(self._data) > self.capacity:
            old, _ = self._data.popitem(last=False)
            self.evictions += 1
            print(f"    evict {old}")

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f"LRUCache({list(self._data)}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})"


backend_calls = []


def geocode(city: str) -> tuple[float, float]:
    backend_calls.append(city)
    base = sum(ord(c) for c in city)
    return (round(base % 90 + 0.5, 1), round(base % 180 - 90.25, 2))


cache = LRUCache(capacity=3)
queries = ["paris", "tokyo", "paris", "lima", "oslo", "tokyo", "paris", "oslo", "lima"]
for q in queries:
    value = cache.get(q)
    if value is None:
        value = geocode(q)
        cache.put(q, value)
        print(f"{q:<6} MISS -> {value}")
    else:
        print(f"{q:<6} hit  -> {value}")
print(cache)
print(f"backend calls: {len(backend_calls)} {backend_calls}")


@functools.lru_cache(maxsize=3)
def geocode_cached(city: str):
    return geocode(city)


backend_calls.clear()
for q in queries:
    geocode_cached(q)
print("functools:", geocode_cached.cache_info(), "| backend calls:", len(backend_calls))
geocode_cached.cache_clear()
print("after clear:", geocode_cached.cache_info())
