# area: err: formatting None with a numeric format spec raises TypeError: unsupported format string passed to NoneType.__format__
metrics = {"p50": 12.5, "p95": 48.25, "p99": None}
for name, v in metrics.items():
    print(f"{name}: {v:8.2f} ms")
