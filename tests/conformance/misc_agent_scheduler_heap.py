# area: realistic agent script: priority task scheduler with heapq, deadlines, ties broken by insertion order
import heapq
import itertools

counter = itertools.count()
queue = []

def submit(name, priority, deadline):
    heapq.heappush(queue, (priority, deadline, next(counter), name))

for name, pri, dl in [("email", 3, 50), ("backup", 1, 100), ("index", 2, 30), ("alert", 1, 10),
                      ("report", 3, 20), ("cleanup", 5, 500), ("billing", 1, 100)]:
    submit(name, pri, dl)

print("peek:", queue[0][3], "size:", len(queue))
clock = 0
done, late = [], []
while queue:
    pri, dl, seq, name = heapq.heappop(queue)
    cost = len(name) * 3
    clock += cost
    status = "late" if clock > dl else "ok"
    (late if status == "late" else done).append(name)
    print(f"t={clock:>3} ran {name:<8} pri={pri} deadline={dl:>3} seq={seq} {status}")
    if name == "alert":
        submit("followup", 2, 60)
print("on time:", done)
print("late:", late)
print("nsmallest by deadline:", heapq.nsmallest(2, [(30, "a"), (10, "b"), (20, "c")]))
print("merge:", list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
