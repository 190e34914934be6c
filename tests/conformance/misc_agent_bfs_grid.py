# area: realistic agent script: BFS shortest path on a text maze, path drawing, reachable-cell counting
MAZE = """\
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#.....#.E#
##########"""

grid = [list(row) for row in MAZE.splitlines()]
rows, cols = len(grid), len(grid[0])
find = lambda ch: next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == ch)
start, goal = find("S"), find("E")
print("size", rows, "x", cols, "start", start, "goal", goal)

def bfs(src):
    prev = {src: None}
    queue = [src]
    head = 0
    while head < len(queue):
        r, c = queue[head]
        head += 1
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if grid[nr][nc] != "#" and (nr, nc) not in prev:
                prev[(nr, nc)] = (r, c)
                queue.append((nr, nc))
    return prev

prev = bfs(start)
print("reachable cells:", len(prev))
if goal in prev:
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev[node]
    path.reverse()
    print("steps:", len(path) - 1)
    for r, c in path[1:-1]:
        grid[r][c] = "*"
    print("\n".join("".join(row) for row in grid))
    turns = sum(1 for a, b, c in zip(path, path[1:], path[2:])
                if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1]))
    print("turns:", turns)
else:
    print("no path")
