# task: detect circular imports in a module dependency graph using three-colour DFS and report each cycle
from enum import Enum, auto


class Color(Enum):
    WHITE = auto()
    GRAY = auto()
    BLACK = auto()


IMPORTS = {
    "app": ["config", "routes", "db"],
    "routes": ["views", "auth"],
    "views": ["templates", "models"],
    "models": ["db", "validators"],
    "validators": ["models"],
    "auth": ["models", "session"],
    "session": ["cache"],
    "cache": ["config"],
    "config": [],
    "db": ["config"],
    "templates": ["filters"],
    "filters": ["templates", "utils"],
    "utils": [],
}


def find_cycles(graph):
    color = {node: Color.WHITE for node in graph}
    stack, cycles = [], []

    def visit(node):
        color[node] = Color.GRAY
        stack.append(node)
        for dep in graph.get(node, []):
            if color[dep] is Color.GRAY:
                cycle = stack[stack.index(dep):] + [dep]
                cycles.append(cycle)
            elif color[dep] is Color.WHITE:
                visit(dep)
        stack.pop()
        color[node] = Color.BLACK

    for node in graph:
        if color[node] is Color.WHITE:
            visit(node)
    return cycles


def canonical(cycle):
    body = cycle[:-1]
    i = body.index(min(body))
    rotated = body[i:] + body[:i]
    return tuple(rotated + [rotated[0]])


cycles = find_cycles(IMPORTS)
print(f"found {len(cycles)} import cycle(s):")
for c in sorted({canonical(c) for c in cycles}):
    print("  " + " -> ".join(c))

involved = sorted({m for c in cycles for m in c})
print("modules involved:", ", ".join(involved))
acyclic = {m: [d for d in deps if m not in involved or d not in involved] for m, deps in IMPORTS.items()}
print("after removing intra-cycle edges, cycles left:", len(find_cycles(acyclic)))
print("color of a fresh node:", Color.WHITE, Color.WHITE.name, Color.GRAY.value)
