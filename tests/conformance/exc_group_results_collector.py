# area: exc: run many small tasks, collect exceptions by type with their messages, then summarise like an exception group
def task(i):
    if i % 5 == 0:
        raise ValueError(f"task {i}: bad input")
    if i % 7 == 0:
        raise KeyError(f"task-{i}")
    if i == 11:
        raise ZeroDivisionError("task 11 divided by zero")
    return i * i

results, errors = {}, {}
for i in range(1, 16):
    try:
        results[i] = task(i)
    except Exception as e:
        errors.setdefault(type(e).__name__, []).append(str(e))
print(results)
for name in sorted(errors):
    print(f"{name} x{len(errors[name])}: {errors[name]}")
summary = ", ".join(f"{len(v)} {k}" for k, v in sorted(errors.items()))
try:
    if errors:
        raise RuntimeError(f"{sum(map(len, errors.values()))} sub-tasks failed ({summary})")
except RuntimeError as e:
    print("RuntimeError:", e)
print(f"success rate {len(results) / 15:.0%}")
