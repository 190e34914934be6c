# task: find strongly connected groups of microservices that call each other using Tarjan's algorithm
import sys

EDGES = """
web -> api
api -> auth
auth -> users
users -> api
api -> billing
billing -> invoices
invoices -> billing
invoices -> mailer
mailer -> queue
queue -> worker
worker -> mailer
worker -> storage
storage ->
metrics -> web
"""


def parse(text):
    graph = {}
    for line in text.strip().splitlines():
        src, _, dst = (p.strip() for p in line.partition("->"))
        graph.setdefault(src, [])
        if dst:
            graph[src].append(dst)
            graph.setdefault(dst, [])
    return graph


def tarjan(graph):
    index, low, on_stack = {}, {}, set()
    stack, result = [], []
    counter = 0

    def strongconnect(v):
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            result.append(sorted(component))

    for v in graph:
        if v not in index:
            strongconnect(v)
    return result


graph = parse(EDGES)
sccs = tarjan(graph)
sys.setrecursionlimit(5000)  # deep call chains would need a higher limit
print(f"{len(graph)} services, {sum(map(len, graph.values()))} call edges")
print(f"{len(sccs)} strongly connected components (reverse topological order):")
for comp in sccs:
    tag = "CYCLE" if len(comp) > 1 else "single"
    print(f"  [{tag:<6}] {', '.join(comp)}")

comp_of = {v: i for i, comp in enumerate(sccs) for v in comp}
dag_edges = sorted({(comp_of[a], comp_of[b]) for a in graph for b in graph[a] if comp_of[a] != comp_of[b]})
print("condensed DAG edges:")
for a, b in dag_edges:
    print(f"  {'/'.join(sccs[a])} => {'/'.join(sccs[b])}")
print("largest tangle:", max(sccs, key=len))
