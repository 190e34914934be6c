# area: loop: for/else and while/else for searching, break/continue in nested loops, early exit flags
inventory = {"shelf-a": ["bolt", "nut", "washer"], "shelf-b": ["screw", "anchor"], "shelf-c": ["nail", "bolt"]}

def locate(item):
    for shelf, items in inventory.items():
        for pos, name in enumerate(items):
            if name == item:
                break
        else:
            continue
        return shelf, pos
    return None

for item in ["nut", "bolt", "nail", "glue"]:
    print(item, "->", locate(item))

def first_prime_above(n):
    candidate = n + 1
    while True:
        for d in range(2, int(candidate ** 0.5) + 1):
            if candidate % d == 0:
                break
        else:
            return candidate
        candidate += 1
print([first_prime_above(n) for n in (1, 10, 24, 100, 1000)])

attempts = 0
while attempts < 5:
    attempts += 1
    if attempts * attempts > 10:
        print("threshold crossed at", attempts)
        break
else:
    print("never crossed")
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)
found = []
for i in range(1, 6):
    if i % 2 == 0:
        continue
    for j in range(i, 6):
        if (i + j) % 4 == 0:
            found.append((i, j))
            break
print(found)
for x in []:
    print("never")
else:
    print("empty loop else")
total = 0
for i in range(10):
    if i == 7:
        break
    if i % 3 == 0:
        continue
    total += i
print("total", total)
