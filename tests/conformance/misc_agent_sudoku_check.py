# area: realistic agent script: validate a sudoku grid (rows, columns, boxes) and report all conflicts with coordinates
GRID = """\
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79"""
BAD = GRID.replace("53..7", "55..7").replace("...419", "..9419")

def cells(text):
    return [[0 if ch == "." else int(ch) for ch in line] for line in text.splitlines()]

def conflicts(g):
    found = []
    units = []
    for i in range(9):
        units.append((f"row {i + 1}", [(i, c) for c in range(9)]))
        units.append((f"col {i + 1}", [(r, i) for r in range(9)]))
    for br in range(3):
        for bc in range(3):
            units.append((f"box {br * 3 + bc + 1}", [(br * 3 + r, bc * 3 + c) for r in range(3) for c in range(3)]))
    for name, coords in units:
        seen = {}
        for r, c in coords:
            v = g[r][c]
            if v:
                seen.setdefault(v, []).append((r + 1, c + 1))
        for v, where in sorted(seen.items()):
            if len(where) > 1:
                found.append(f"{name}: {v} at {where}")
    return found

def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = r // 3 * 3, c // 3 * 3
    used |= {g[br + i][bc + j] for i in range(3) for j in range(3)}
    return [v for v in range(1, 10) if v not in used]

good = cells(GRID)
print("good grid conflicts:", conflicts(good))
print("filled:", sum(v > 0 for row in good for v in row), "of 81")
singles = [(r + 1, c + 1, candidates(good, r, c)[0]) for r in range(9) for c in range(9)
           if good[r][c] == 0 and len(candidates(good, r, c)) == 1]
print("forced cells:", singles)
print("bad grid conflicts:")
for c in conflicts(cells(BAD)):
    print("  ", c)
