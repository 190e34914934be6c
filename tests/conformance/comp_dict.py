# comp: dict comprehensions with conditions and key/value transforms
print({x: x * x for x in range(5)})
words = ["apple", "bob", "kayak", "python"]
print({w: len(w) for w in words})
print({w: w[::-1] for w in words if w == w[::-1]})
prices = {"a": 10, "b": 25, "c": 5}
print({k: v * 2 for k, v in prices.items() if v >= 10})
print({v: k for k, v in prices.items()})
print({i % 3: i for i in range(10)})
print({(i, j): i * j for i in range(2) for j in range(2)})
