# list: nested lists and aliasing created by list repetition
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 3] * 3
alias[1][1] = 5
print(alias)
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], m[-1][-1], len(m), len(m[0]))
m[0].append(10)
print(m)
flat = []
for row in m:
    for v in row:
        flat.append(v)
print(flat)
deep = [1, [2, [3, [4, []]]]]
print(deep, deep[1][1][1][0])
