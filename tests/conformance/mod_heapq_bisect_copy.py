# area: heapq, bisect and copy
import heapq
import bisect
import copy
from heapq import heappush, heappop

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heappush(h, x)
print(h, [heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [4, 1, 9, 7]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 4], [2, 3])))
tasks = []
heappush(tasks, (2, "write"))
heappush(tasks, (1, "plan"))
heappush(tasks, (3, "ship"))
print([heappop(tasks)[1] for _ in range(3)])
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect(a, 9))
bisect.insort(a, 4)
bisect.insort_left(a, 3)
print(a, bisect.bisect_left([("a", 1), ("b", 5)], 5, key=lambda t: t[1]))
grades = [60, 70, 80, 90]
print(["FDCBA"[bisect.bisect(grades, s)] for s in [55, 65, 85, 95]])

class Box:
    def __init__(self, items):
        self.items = items
        print("init")
b = Box([1, [2, 3]])
c = copy.copy(b)
d = copy.deepcopy(b)
b.items[1].append(4)
print(c.items, d.items, c is b, type(d).__name__)
nested = {"a": [1, {"b": 2}], "t": (1, [2])}
deep = copy.deepcopy(nested)
deep["a"][1]["b"] = 99
print(nested, deep, copy.copy([1, 2]), copy.deepcopy(5))
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
