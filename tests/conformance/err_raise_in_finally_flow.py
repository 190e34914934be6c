# area: err: an exception escapes after finally blocks have printed their cleanup messages
def step(n):
    try:
        print("step", n, "start")
        if n == 3:
            raise RuntimeError(f"step {n} failed: disk full")
        return n * 10
    finally:
        print("step", n, "cleanup")

results = []
for n in range(1, 5):
    results.append(step(n))
    print("results so far", results)
