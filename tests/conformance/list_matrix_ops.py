# area: list: 2D grids as lists of lists: neighbours, flood fill, rotation, row/column sums and printing
GRID = [
    "..##....",
    ".#..#...",
    ".#..#.##",
    "..##..#.",
    "......#.",
]
g = [list(r) for r in GRID]
H, W = len(g), len(g[0])

def neighbours(r, c):
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W:
            yield nr, nc

def flood(r, c, target, repl):
    if g[r][c] != target:
        return 0
    stack, n = [(r, c)], 0
    g[r][c] = repl
    while stack:
        cr, cc = stack.pop()
        n += 1
        for nr, nc in neighbours(cr, cc):
            if g[nr][nc] == target:
                g[nr][nc] = repl
                stack.append((nr, nc))
    return n

print("outside filled:", flood(0, 0, ".", "~"))
print("inside filled:", flood(1, 2, ".", "o"))
print("\n".join("".join(r) for r in g))
walls = [sum(ch == "#" for ch in row) for row in g]
cols = [sum(g[r][c] == "#" for r in range(H)) for c in range(W)]
print("row walls:", walls, "col walls:", cols)
rot = [list(r) for r in zip(*g[::-1])]
print("\n".join("".join(r) for r in rot[:3]))
islands, seen = 0, set()
for r in range(H):
    for c in range(W):
        if g[r][c] == "#" and (r, c) not in seen:
            islands += 1
            todo = [(r, c)]
            while todo:
                p = todo.pop()
                if p in seen:
                    continue
                seen.add(p)
                todo.extend(q for q in neighbours(*p) if g[q[0]][q[1]] == "#")
print("wall groups:", islands)
