# task: validate a workflow's task dependencies: unknown references, self-deps, cycles, then print a run order
from collections import defaultdict, deque

WORKFLOWS = {
    "deploy": {
        "checkout": [],
        "install": ["checkout"],
        "lint": ["install"],
        "test": ["install"],
        "build": ["lint", "test"],
        "publish": ["build"],
    },
    "broken": {
        "fetch": ["report"],
        "parse": ["fetch"],
        "report": ["parse"],
        "notify": ["notify", "email"],
        "cleanup": [],
    },
}


class WorkflowError(Exception):
    pass


def find_cycle(graph: dict[str, list[str]]) -> list[str] | None:
    WHITE, GREY, BLACK = 0, 1, 2
    color = dict.fromkeys(graph, WHITE)
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        color[node] = GREY
        stack.append(node)
        for dep in graph[node]:
            if dep not in graph or dep == node:
                continue
            if color[dep] == GREY:
                return stack[stack.index(dep):] + [dep]
            if color[dep] == WHITE and (cycle := visit(dep)):
                return cycle
        stack.pop()
        color[node] = BLACK
        return None

    for node in graph:
        if color[node] == WHITE and (cycle := visit(node)):
            return cycle
    return None


def run_order(graph: dict[str, list[str]]) -> list[str]:
    problems = []
    for task, deps in graph.items():
        problems += [f"{task} depends on itself" for d in deps if d == task]
        problems += [f"{task} depends on unknown task {d!r}" for d in deps if d not in graph]
    if cycle := find_cycle(graph):
        problems.append("cycle: " + " -> ".join(cycle))
    if problems:
        raise WorkflowError(problems)
    indegree = {t: len(d) for t, d in graph.items()}
    dependents = defaultdict(list)
    for t, deps in graph.items():
        for d in deps:
            dependents[d].append(t)
    ready = deque(sorted(t for t, n in indegree.items() if n == 0))
    order = []
    while ready:
        t = ready.popleft()
        order.append(t)
        for nxt in sorted(dependents[t]):
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    return order


for name, graph in WORKFLOWS.items():
    try:
        print(f"{name}: run order {' -> '.join(run_order(graph))}")
    except WorkflowError as e:
        print(f"{name}: invalid workflow")
        for problem in e.args[0]:
            print(f"  - {problem}")
