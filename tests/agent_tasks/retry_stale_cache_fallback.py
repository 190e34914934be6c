# task: serve exchange rates from a TTL cache, refresh via a flaky tool, and fall back to stale data
from dataclasses import dataclass


@dataclass
class Entry:
    value: float
    fetched_at: float


class RateService:
    def __init__(self, outages: list[tuple[float, float]]):
        self.outages = outages
        self.calls = 0

    def fetch(self, pair: str, now: float) -> float:
        self.calls += 1
        if any(start <= now < end for start, end in self.outages):
            raise ConnectionError(f"rate service down at t={now:g}")
        base = {"EURUSD": 1.08, "GBPUSD": 1.27}[pair]
        return round(base + (now % 7) * 0.001, 4)


class CachedRates:
    def __init__(self, service: RateService, ttl: float, max_stale: float):
        self.service, self.ttl, self.max_stale = service, ttl, max_stale
        self.cache: dict[str, Entry] = {}

    def get(self, pair: str, now: float) -> tuple[float, str]:
        entry = self.cache.get(pair)
        if entry and now - entry.fetched_at < self.ttl:
            return entry.value, "fresh-cache"
        try:
            value = self.service.fetch(pair, now)
        except ConnectionError as e:
            if entry and now - entry.fetched_at < self.max_stale:
                return entry.value, f"STALE ({now - entry.fetched_at:g}s old; {e})"
            raise LookupError(f"no usable rate for {pair}") from e
        self.cache[pair] = Entry(value, now)
        return value, "refreshed"


svc = RateService(outages=[(20, 45), (70, 200)])
rates = CachedRates(svc, ttl=10, max_stale=40)
for now in [0, 5, 12, 18, 25, 33, 41, 50, 55, 72, 85, 95, 130]:
    for pair in ("EURUSD", "GBPUSD") if now % 2 == 0 else ("EURUSD",):
        try:
            value, how = rates.get(pair, now)
            print(f"t={now:>3} {pair} {value:.4f} {how}")
        except LookupError as e:
            print(f"t={now:>3} {pair} ERROR {e} <- {e.__cause__}")
print("backend calls:", svc.calls, "| cached pairs:", sorted(rates.cache))
