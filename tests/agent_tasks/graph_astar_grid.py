# task: route a delivery drone over terrain with weighted costs using A* search and a Manhattan heuristic
import heapq

TERRAIN = [
    "S.....~~..",
    ".^^^..~~..",
    ".^..#.....",
    ".^..#.^^^.",
    "....#...^G",
]
COST = {".": 1, "S": 1, "G": 1, "~": 5, "^": 3}


def find(ch):
    for r, row in enumerate(TERRAIN):
        if ch in row:
            return r, row.index(ch)
    raise ValueError(ch)


def astar(start, goal):
    def h(cell):
        return abs(cell[0] - goal[0]) + abs(cell[1] - goal[1])

    open_heap = [(h(start), 0, start)]
    g = {start: 0}
    parent = {}
    expanded = 0
    while open_heap:
        f, cost, cell = heapq.heappop(open_heap)
        if cost > g[cell]:
            continue
        expanded += 1
        if cell == goal:
            path = [cell]
            while path[-1] in parent:
                path.append(parent[path[-1]])
            return path[::-1], cost, expanded
        r, c = cell
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < len(TERRAIN) and 0 <= nc < len(TERRAIN[0]) and TERRAIN[nr][nc] != "#":
                new_cost = cost + COST[TERRAIN[nr][nc]]
                if new_cost < g.get((nr, nc), float("inf")):
                    g[(nr, nc)] = new_cost
                    parent[(nr, nc)] = cell
                    heapq.heappush(open_heap, (new_cost + h((nr, nc)), new_cost, (nr, nc)))
    return None, float("inf"), expanded


start, goal = find("S"), find("G")
path, cost, expanded = astar(start, goal)
print(f"from {start} to {goal}: cost {cost}, {len(path) - 1} moves, expanded {expanded} nodes")
grid = [list(row) for row in TERRAIN]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
terrain_used = {}
for r, c in path[1:]:
    kind = TERRAIN[r][c]
    terrain_used[kind] = terrain_used.get(kind, 0) + 1
print("terrain crossed:", dict(sorted(terrain_used.items())))
print("path:", " ".join(f"{r}{c}" for r, c in path))
