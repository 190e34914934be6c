# fstring: arbitrary expressions, method calls and subscripts inside braces
items = ["apple", "banana"]
d = {"key": "value", "n": 3}
x = 7
print(f"{x + 1} {x * 2} {x ** 2} {x // 2} {-x}")
print(f"{len(items)} items: {', '.join(items)}")
print(f"{items[0].upper()} {items[-1][::-1]}")
print(f"{d['key']} {d['n'] * 10}")
print(f"{'yes' if x > 5 else 'no'}")
print(f"{[i * i for i in range(4)]}")
print(f"{x}{x}{x}")
print(f"{(lambda v: v + 1)(x)}")
print(f"{sum([1, 2, 3]) / 2}")
print(f"nested {f'{x:>3}'} end")
