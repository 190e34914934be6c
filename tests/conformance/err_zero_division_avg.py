# area: err: averaging an empty group divides by zero
groups = {"a": [3, 4, 5], "b": [10], "c": []}
for name, values in groups.items():
    print(f"group {name}: n={len(values)} sum={sum(values)}")
    mean = sum(values) / len(values)
    print(f"  mean={mean:.2f}")
