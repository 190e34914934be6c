"""Round trip of `1 + 1` from Python: npython.run, CPython exec(), and pydantic-monty when installed.
Run-many throughput for npython.Engine. Prints medians over N runs (BENCHMARKS.md, "Python package")."""

import statistics
import sys
import time

import npython

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2000


def median_us(fn, n=N):
    for _ in range(50):
        fn()
    samples = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples) * 1e6


rows = [("npython.run('1 + 1')", median_us(lambda: npython.run("1 + 1")))]
code = compile("1 + 1", "<s>", "exec")
rows.append(("exec(compiled '1 + 1') in CPython", median_us(lambda: exec(code, {}))))
rows.append(("exec('1 + 1') in CPython (compiles each time)", median_us(lambda: exec("1 + 1", {}))))
try:
    import pydantic_monty

    with pydantic_monty.Monty() as pool:
        with pool.checkout() as session:
            rows.append(("pydantic-monty 1.4.0 session.feed_run('1 + 1')",
                         median_us(lambda: session.feed_run("1 + 1"), n=min(N, 500))))
except Exception as e:  # not installed, or its worker binary is missing
    rows.append((f"pydantic-monty: {type(e).__name__}: {e}", float("nan")))

for name, us in rows:
    print(f"{us:10.1f} us  {name}")

engine = npython.Engine(2, vms=64)
jobs = [{"source": "sum(i * i for i in range(n))", "inputs": {"n": 100}} for _ in range(5000)]
engine.run_many(jobs[:200])
runs = []
for _ in range(5):
    t = time.perf_counter()
    assert all(r.ok for r in engine.run_many(jobs))
    runs.append(time.perf_counter() - t)
print(f"{len(jobs) / statistics.median(runs):10.0f} jobs/s  Engine(2).run_many, 5000 small jobs (median of 5)")
