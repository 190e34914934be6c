# task: count islands in a satellite map grid, measure their areas and perimeters with iterative flood fill
MAP = """\
~~~~~~~~~~~~
~##~~~~~#~~~
~###~~~~##~~
~~#~~##~~~~~
~~~~~##~~~#~
~#~~~~~~~##~
~##~~###~~~~
~~~~~#~#~~~~
~~~~~###~~~~
"""

grid = [list(line) for line in MAP.splitlines()]
rows, cols = len(grid), len(grid[0])
label = [[0] * cols for _ in range(rows)]


def flood(r0, c0, mark):
    stack = [(r0, c0)]
    label[r0][c0] = mark
    cells = []
    while stack:
        r, c = stack.pop()
        cells.append((r, c))
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "#" and not label[nr][nc]:
                label[nr][nc] = mark
                stack.append((nr, nc))
    return cells


def perimeter(cells):
    cellset = set(cells)
    return sum(
        (r + dr, c + dc) not in cellset
        for r, c in cells
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
    )


islands = []
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "#" and not label[r][c]:
            cells = flood(r, c, len(islands) + 1)
            islands.append(cells)

print(f"found {len(islands)} islands")
symbols = "ABCDEFGHIJ"
for i, cells in enumerate(islands, 1):
    top = min(cells)
    print(f"  {symbols[i - 1]}: area={len(cells):>2} perimeter={perimeter(cells):>2} top-left={top}")
for r in range(rows):
    print("".join(symbols[label[r][c] - 1] if label[r][c] else "." for c in range(cols)))

largest = max(range(len(islands)), key=lambda i: len(islands[i]))
print("largest island:", symbols[largest], "| total land:", sum(map(len, islands)), f"of {rows * cols} cells")
lake = [(r, c) for r in range(1, rows - 1) for c in range(1, cols - 1)
        if grid[r][c] == "~" and all(grid[r + dr][c + dc] == "#" for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))]
print("enclosed water cells:", lake)
