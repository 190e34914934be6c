# task: detect currency arbitrage with Bellman-Ford on -log(exchange rate) edge weights
import math

RATES = {
    ("USD", "EUR"): 0.92, ("EUR", "USD"): 1.08,
    ("USD", "JPY"): 151.0, ("JPY", "USD"): 0.0066,
    ("EUR", "GBP"): 0.86, ("GBP", "EUR"): 1.16,
    ("GBP", "JPY"): 192.0, ("JPY", "EUR"): 0.0061,
    ("USD", "GBP"): 0.79, ("GBP", "USD"): 1.26,
}


def bellman_ford(rates, source):
    nodes = sorted({c for pair in rates for c in pair})
    edges = [(a, b, -math.log(r)) for (a, b), r in rates.items()]
    dist = {n: math.inf for n in nodes}
    pred = {n: None for n in nodes}
    dist[source] = 0.0
    for _ in range(len(nodes) - 1):
        changed = False
        for a, b, w in edges:
            if dist[a] + w < dist[b] - 1e-12:
                dist[b] = dist[a] + w
                pred[b] = a
                changed = True
        if not changed:
            break
    for a, b, w in edges:
        if dist[a] + w < dist[b] - 1e-12:
            # walk back n steps to land inside the cycle, then collect it
            node = b
            for _ in range(len(nodes)):
                node = pred[node]
            cycle, cur = [node], pred[node]
            while cur != node:
                cycle.append(cur)
                cur = pred[cur]
            cycle.append(node)
            return dist, cycle[::-1]
    return dist, None


dist, cycle = bellman_ford(RATES, "USD")
if cycle:
    product = 1.0
    for a, b in zip(cycle, cycle[1:]):
        product *= RATES[(a, b)]
    print("arbitrage cycle:", " -> ".join(cycle))
    print(f"1000 {cycle[0]} becomes {1000 * product:.2f} {cycle[0]} ({(product - 1) * 100:.2f}% gain)")
else:
    print("no arbitrage; best conversion from USD:")
    for cur, d in sorted(dist.items()):
        print(f"  1 USD -> {math.exp(-d):.4f} {cur}")

fair = {pair: r for pair, r in RATES.items() if pair != ("GBP", "JPY")}
fair[("GBP", "JPY")] = 175.0
dist2, cycle2 = bellman_ford(fair, "USD")
print("after fixing GBP/JPY:", "cycle " + "->".join(cycle2) if cycle2 else "no arbitrage")
for cur, d in sorted(dist2.items()):
    print(f"  best 1 USD -> {math.exp(-d):10.4f} {cur}")
