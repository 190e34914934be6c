# task: check whether a meeting-conflict graph can be split into two rooms (bipartite) via BFS 2-colouring
from collections import deque


def two_colour(nodes, edges):
    adj = {n: [] for n in nodes}
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    colour = {}
    for start in nodes:
        if start in colour:
            continue
        colour[start] = 0
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for nxt in adj[node]:
                if nxt not in colour:
                    colour[nxt] = 1 - colour[node]
                    queue.append(nxt)
                elif colour[nxt] == colour[node]:
                    return None, (node, nxt)
    return colour, None


SCENARIOS = {
    "sprint week": (
        ["standup", "design", "retro", "planning", "demo", "1on1"],
        [("standup", "design"), ("design", "retro"), ("retro", "planning"), ("planning", "standup"), ("demo", "1on1")],
    ),
    "crunch week": (
        ["standup", "design", "retro", "hotfix", "review"],
        [("standup", "design"), ("design", "retro"), ("retro", "standup"), ("hotfix", "review")],
    ),
    "quiet week": (["standup", "lunch"], []),
}

ROOMS = ("Room A", "Room B")
for name, (nodes, edges) in SCENARIOS.items():
    colour, conflict = two_colour(nodes, edges)
    print(f"{name}: {len(nodes)} meetings, {len(edges)} conflicts")
    if colour is None:
        print(f"  impossible with 2 rooms: {conflict[0]} and {conflict[1]} would share a room (odd cycle)")
        continue
    for idx, room in enumerate(ROOMS):
        members = sorted(n for n, c in colour.items() if c == idx)
        print(f"  {room}: {', '.join(members) or '-'}")
    assert all(colour[a] != colour[b] for a, b in edges)
