# float: accumulation errors, abs, min and max over floats are reproduced exactly
total = 0.0
for i in range(10):
    total += 0.1
print(total)
print(total == 1.0)
vals = [3.5, -2.25, 1e-3, 7.0, -0.0]
print(sum(vals))
print(min(vals), max(vals))
print(abs(-2.25), abs(3.5))
acc = 1.0
for i in range(20):
    acc *= 1.1
print(acc)
mean = sum(vals) / len(vals)
print(mean)
print(round(mean, 4))
h = 0.0
for k in range(1, 11):
    h += 1 / k
print(h)
