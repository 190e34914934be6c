# fuel: min with key and default over computed data
def score(p):
    x, y = p
    return (x - 37) ** 2 + (y - 91) ** 2
pts = [(i % 71, (i * 13) % 113) for i in range(4000)]
print(min(pts, key=score), score(min(pts, key=score)))
print(min(pts, key=lambda p: (p[1], p[0])))
print(min([], key=score, default="none"))
print(min(range(1, 2000), key=lambda n: abs(n * n - 1234567)))
