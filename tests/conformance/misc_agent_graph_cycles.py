# area: realistic agent script: detect import cycles in a module graph with DFS colouring and report strongly connected groups
IMPORTS = {
    "app": ["models", "views", "utils"],
    "models": ["db", "utils"],
    "views": ["models", "templates", "auth"],
    "auth": ["models", "views"],
    "db": ["config"],
    "config": [],
    "utils": ["config"],
    "templates": ["utils", "filters"],
    "filters": ["templates"],
    "cli": ["app"],
}
WHITE, GREY, BLACK = 0, 1, 2
color = {m: WHITE for m in IMPORTS}
cycles = []

def dfs(node, stack):
    color[node] = GREY
    stack.append(node)
    for dep in IMPORTS[node]:
        if color[dep] == GREY:
            cycles.append(stack[stack.index(dep):] + [dep])
        elif color[dep] == WHITE:
            dfs(dep, stack)
    stack.pop()
    color[node] = BLACK

for m in sorted(IMPORTS):
    if color[m] == WHITE:
        dfs(m, [])
for c in cycles:
    print("cycle:", " -> ".join(c))

index, low, on_stack, stack, sccs = {}, {}, set(), [], []
counter = [0]
def strong(v):
    index[v] = low[v] = counter[0]
    counter[0] += 1
    stack.append(v)
    on_stack.add(v)
    for w in IMPORTS[v]:
        if w not in index:
            strong(w)
            low[v] = min(low[v], low[w])
        elif w in on_stack:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop()
            on_stack.discard(w)
            comp.append(w)
            if w == v:
                break
        sccs.append(sorted(comp))
for m in sorted(IMPORTS):
    if m not in index:
        strong(m)
print("groups:", sorted((c for c in sccs if len(c) > 1), key=len, reverse=True))
fan_in = {m: sum(m in deps for deps in IMPORTS.values()) for m in IMPORTS}
print("most imported:", sorted(fan_in.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print("leaf modules:", sorted(m for m, d in IMPORTS.items() if not d), "roots:", sorted(m for m, n in fan_in.items() if n == 0))
