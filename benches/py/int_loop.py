# Tight integer while-loop: add, compare, %, //, and small branches.


def run(n):
    x = 0
    y = 7
    i = 0
    while i < n:
        x = x + i
        if i % 3 == 0:
            y = (y * 31 + i) % 1000003
        else:
            y = y + i // 7
        i = i + 1
    return x, y


x, y = run(5000000)
print(x, y, x // 1000 % 9973)
