# set: sets of tuples for visited grid cells
visited = set()
x, y = 0, 0
moves = "RRUULDDDLR"
for m in moves:
    if m == "R":
        x += 1
    elif m == "L":
        x -= 1
    elif m == "U":
        y += 1
    else:
        y -= 1
    visited.add((x, y))
print(len(visited))
print(sorted(visited))
print((0, 0) in visited, (2, 2) in visited)
