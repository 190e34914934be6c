# area: err: max() over an empty filtered sequence raises ValueError: max() arg is an empty sequence
latencies = {"api": [120, 95, 300], "db": [12, 15], "cache": []}
for svc, xs in latencies.items():
    print(svc, "n =", len(xs))
    print("  worst:", max(x for x in xs))
