"""Many scripts in parallel on an Engine; results arrive in completion order (docs/PYTHON.md)."""

import npython

engine = npython.Engine(workers=2, vms=32)
jobs = [{"id": f"sq{i}", "source": "n * n", "inputs": {"n": i}} for i in range(100)]
jobs.append({"id": "spin", "source": "while True: pass", "limits": {"max_instructions": 50_000}})
results = engine.run_many(jobs)
squares = sorted(r.result for r in results if r.id.startswith("sq"))
print(len(results), "results; sum of squares", sum(squares))
print("spin:", next(r for r in results if r.id == "spin").limit)
engine.shutdown()
