# task: evaluate hedged requests across replicas using simulated latencies to cut tail latency
import random
import statistics

random.seed(11)
REPLICAS = ["us-east", "us-west", "eu"]


def sample_latency(replica: str) -> float:
    base = {"us-east": 40, "us-west": 55, "eu": 90}[replica]
    # mostly fast, occasionally a slow outlier
    if random.random() < 0.08:
        return base * random.uniform(8, 15)
    return base * random.uniform(0.8, 1.3)


def single(replica: str) -> float:
    return sample_latency(replica)


def hedged(primary: str, backup: str, hedge_after: float) -> tuple[float, str]:
    first = sample_latency(primary)
    if first <= hedge_after:
        return first, primary
    second = hedge_after + sample_latency(backup)
    return (first, primary) if first <= second else (second, backup)


def percentile(values, p):
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


N = 500
plain = [single("us-east") for _ in range(N)]
hedges = [hedged("us-east", "us-west", hedge_after=80.0) for _ in range(N)]
hedge_lat = [lat for lat, _ in hedges]
winners = {r: sum(1 for _, w in hedges if w == r) for r in REPLICAS}
extra = sum(1 for lat, w in hedges if w != "us-east" or lat > 80.0)

print(f"{'metric':<8}{'plain':>10}{'hedged':>10}")
for label, p in [("p50", 50), ("p90", 90), ("p99", 99)]:
    print(f"{label:<8}{percentile(plain, p):>10.1f}{percentile(hedge_lat, p):>10.1f}")
print(f"{'mean':<8}{statistics.mean(plain):>10.1f}{statistics.mean(hedge_lat):>10.1f}")
print(f"{'max':<8}{max(plain):>10.1f}{max(hedge_lat):>10.1f}")
print("winners:", winners)
print(f"extra requests sent: {extra} ({extra / N:.1%} load increase)")
for threshold in (60.0, 80.0, 120.0):
    random.seed(99)
    trial = [hedged("us-east", "eu", threshold)[0] for _ in range(300)]
    print(f"hedge after {threshold:>5.0f}ms to eu: p99={percentile(trial, 99):7.1f}ms mean={statistics.mean(trial):6.1f}ms")
