# comp: conditional expressions inside comprehension elements
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print([n if n > 0 else 0 for n in [-2, 3, -1, 4]])
print({k: ("big" if v > 10 else "small") for k, v in {"a": 5, "b": 50}.items()})
print([("fizz" if i % 3 == 0 else "") + ("buzz" if i % 5 == 0 else "") or str(i) for i in range(1, 16)])
