# area: err: a KeyError whose key is a tuple from a grid lookup
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(0, 0)], grid[(2, 2)])
moves = [(0, 1), (1, 1), (2, 1), (3, 1)]
for m in moves:
    print(m, grid[m])
