# area: generators: generator expressions consumed by sum/any/all/min/max/sorted/dict/join and laziness checks
orders = [
    {"id": 1, "items": [("pen", 2, 1.5), ("pad", 1, 4.0)], "paid": True},
    {"id": 2, "items": [("ink", 5, 2.25)], "paid": False},
    {"id": 3, "items": [], "paid": True},
    {"id": 4, "items": [("pen", 10, 1.4), ("bag", 1, 20.0), ("pad", 3, 3.8)], "paid": True},
]
total = lambda o: sum(q * p for _, q, p in o["items"])
print(sum(total(o) for o in orders if o["paid"]))
print(any(not o["items"] for o in orders), all(o["id"] > 0 for o in orders))
print(max((total(o), o["id"]) for o in orders), min(total(o) for o in orders if o["items"]))
print(sorted((name for o in orders for name, _, _ in o["items"]), key=lambda s: (-len(s), s)))
print(dict((o["id"], len(o["items"])) for o in orders))
print(", ".join(f"#{o['id']}={total(o):.2f}" for o in orders))
print(set(name for o in orders for name, *_ in o["items"]) == {"pen", "pad", "ink", "bag"})
seen = []
def noisy(x):
    seen.append(x)
    return x
g = (noisy(x) for x in range(5))
print(seen, next(g), seen)
print(any(noisy(x) > 1 for x in range(10)), seen)
print(tuple(x * x for x in range(4)), list(str(d) for d in (3, 1, 2)))
nested = [[1, 2], [3], [], [4, 5, 6]]
print(sum(len(x) for x in nested), list(y for x in nested for y in x if y % 2 == 0))
print(next((o["id"] for o in orders if not o["paid"]), None), next((o for o in orders if o["id"] > 9), "none"))
