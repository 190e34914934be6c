# fuel: many small function calls inside nested loops
def f(a, b):
    return (a * b + a - b) % 97
def g(x):
    return f(x, x + 1) + f(x + 2, x)
acc = 0
for i in range(150):
    for j in range(100):
        acc = (acc + g(i) * f(i, j)) % 1000003
print(acc)
