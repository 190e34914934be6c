# task: run an agent task queue ordered by priority with FIFO tie-breaking using heapq
import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class QueuedTask:
    priority: int
    seq: int
    name: str = field(compare=False)
    cost: int = field(compare=False, default=1)


class TaskQueue:
    def __init__(self):
        self._heap: list[QueuedTask] = []
        self._counter = itertools.count()
        self._cancelled: set[str] = set()

    def push(self, name: str, priority: int, cost: int = 1) -> None:
        heapq.heappush(self._heap, QueuedTask(priority, next(self._counter), name, cost))

    def cancel(self, name: str) -> None:
        self._cancelled.add(name)

    def pop(self) -> QueuedTask | None:
        while self._heap:
            task = heapq.heappop(self._heap)
            if task.name not in self._cancelled:
                return task
        return None

    def __len__(self):
        return sum(1 for t in self._heap if t.name not in self._cancelled)


q = TaskQueue()
for name, prio, cost in [
    ("summarize-inbox", 3, 2), ("fix-prod-bug", 0, 5), ("write-tests", 2, 3), ("reply-ceo", 1, 1),
    ("update-deps", 3, 2), ("triage-alerts", 0, 1), ("refactor-utils", 4, 4),
]:
    q.push(name, prio, cost)
q.cancel("update-deps")
print("queued tasks:", len(q))

budget, clock = 10, 0
while (task := q.pop()) is not None:
    if task.cost > budget:
        print(f"t={clock:>2} defer {task.name} (cost {task.cost} > budget {budget})")
        continue
    budget -= task.cost
    clock += task.cost
    print(f"t={clock:>2} done  P{task.priority} {task.name:<15} (seq {task.seq}, budget left {budget})")
    if task.name == "fix-prod-bug":
        q.push("postmortem", 1, 2)
        print("      + follow-up 'postmortem' queued at P1")

print("remaining after budget:", len(q))
print("nsmallest by priority:", [t.name for t in heapq.nsmallest(2, [QueuedTask(5, 0, "a"), QueuedTask(1, 1, "b"), QueuedTask(1, 0, "c")])])
