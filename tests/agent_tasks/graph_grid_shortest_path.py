# task: find the shortest path for a robot through a warehouse grid with BFS and draw the route
from collections import deque

GRID = """\
S..#......
.#.#.####.
.#...#....
.####.#.#.
......#.#E
.####...#.
"""

rows = GRID.splitlines()
H, W = len(rows), len(rows[0])
find = lambda ch: next((r, c) for r in range(H) for c in range(W) if rows[r][c] == ch)
start, goal = find("S"), find("E")
MOVES = {(0, 1): ">", (1, 0): "v", (0, -1): "<", (-1, 0): "^"}


def neighbours(cell):
    r, c = cell
    for (dr, dc), arrow in MOVES.items():
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and rows[nr][nc] != "#":
            yield (nr, nc), arrow


def bfs(src, dst):
    came_from = {src: None}
    queue = deque([src])
    while queue:
        cell = queue.popleft()
        if cell == dst:
            break
        for nxt, arrow in neighbours(cell):
            if nxt not in came_from:
                came_from[nxt] = (cell, arrow)
                queue.append(nxt)
    if dst not in came_from:
        return None, len(came_from)
    path = []
    cell = dst
    while came_from[cell] is not None:
        prev, arrow = came_from[cell]
        path.append((prev, arrow))
        cell = prev
    return path[::-1], len(came_from)


path, explored = bfs(start, goal)
print(f"start={start} goal={goal} grid={H}x{W}")
if path is None:
    print("no route")
else:
    canvas = [list(row) for row in rows]
    for (r, c), arrow in path[1:]:
        canvas[r][c] = arrow
    print("\n".join("".join(row) for row in canvas))
    turns = sum(1 for (_, a), (_, b) in zip(path, path[1:]) if a != b)
    print(f"steps={len(path)} turns={turns} explored={explored} cells")
    print("moves:", "".join(arrow for _, arrow in path))

blocked = [list(r) for r in rows]
blocked[4][5] = "#"
rows = ["".join(r) for r in blocked]
path2, explored2 = bfs(start, goal)
print("with (4,5) blocked:", "no route" if path2 is None else f"{len(path2)} steps", f"(explored {explored2})")
