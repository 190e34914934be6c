# comp: comprehension variables do not leak; they can read enclosing names
x = "outer"
squares = [x * 2 for x in range(3)]
print(squares, x)
n = 10
print([i + n for i in range(3)])
def f():
    k = 3
    return [[k * j for j in range(i)] for i in range(3)]
print(f())
i = "unchanged"
d = {i: i for i in range(2)}
print(d, i)
