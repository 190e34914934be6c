# task: compare backoff jitter strategies with a seeded RNG for a retry policy review
import random
import statistics

BASE, CAP, ATTEMPTS = 0.1, 5.0, 7


def no_jitter(attempt, rng, prev):
    return min(CAP, BASE * 2 ** attempt)


def full_jitter(attempt, rng, prev):
    return rng.uniform(0, min(CAP, BASE * 2 ** attempt))


def equal_jitter(attempt, rng, prev):
    temp = min(CAP, BASE * 2 ** attempt)
    return temp / 2 + rng.uniform(0, temp / 2)


def decorrelated_jitter(attempt, rng, prev):
    return min(CAP, rng.uniform(BASE, prev * 3))


STRATEGIES = {
    "none": no_jitter,
    "full": full_jitter,
    "equal": equal_jitter,
    "decorrelated": decorrelated_jitter,
}

random.seed(2024)
results = {}
for name, strategy in STRATEGIES.items():
    rng = random.Random(random.randint(0, 10_000))
    delays, prev = [], BASE
    for attempt in range(ATTEMPTS):
        prev = strategy(attempt, rng, prev)
        delays.append(round(prev, 3))
    results[name] = delays

print(f"{'strategy':<13}" + "".join(f"{'#' + str(i):>7}" for i in range(ATTEMPTS)) + f"{'total':>8}")
for name, delays in results.items():
    print(f"{name:<13}" + "".join(f"{d:>7.3f}" for d in delays) + f"{sum(delays):>8.2f}")

# simulate 200 clients retrying after the same outage and measure how bunched their first retries are
print()
for name in ("none", "full", "equal"):
    rng = random.Random(7)
    first_retries = [round(STRATEGIES[name](3, rng, BASE), 2) for _ in range(200)]
    buckets = {}
    for d in first_retries:
        buckets[int(d * 4)] = buckets.get(int(d * 4), 0) + 1
    peak = max(buckets.values())
    print(f"{name:<6} mean={statistics.mean(first_retries):.3f}s stdev={statistics.pstdev(first_retries):.3f} "
          f"peak 250ms bucket holds {peak}/200 clients")
print("random module reproducible:", random.Random(1).random() == random.Random(1).random())
