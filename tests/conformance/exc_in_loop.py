# exc: exceptions caught inside loops let the loop continue
raw = ["10", "x", "3", "", "-4", "2.5", "7"]
good = []
errors = 0
for item in raw:
    try:
        good.append(int(item))
    except ValueError as e:
        errors += 1
        print("skip:", e)
print(good, errors)
data = {"a": 1, "c": 3}
for k in "abcd":
    try:
        print(k, data[k])
    except KeyError:
        print(k, "missing")
results = []
for d in [2, 0, 5, 0]:
    try:
        results.append(100 // d)
    except ZeroDivisionError:
        results.append(None)
        continue
    finally:
        results.append("|")
print(results)
