# area: heapq: top-k tracking with a bounded min-heap, nlargest/nsmallest with keys, merging sorted streams, heapreplace
import heapq

DOCS = [("doc-a", 0.42), ("doc-b", 0.91), ("doc-c", 0.15), ("doc-d", 0.77), ("doc-e", 0.91), ("doc-f", 0.66), ("doc-g", 0.08)]

def top_k(items, k):
    heap = []
    for name, score in items:
        if len(heap) < k:
            heapq.heappush(heap, (score, name))
        elif score > heap[0][0]:
            heapq.heapreplace(heap, (score, name))
    return sorted(heap, reverse=True)

print(top_k(DOCS, 3))
print(heapq.nlargest(3, DOCS, key=lambda d: d[1]))
print(heapq.nsmallest(2, DOCS, key=lambda d: d[1]), heapq.nsmallest(3, [5, 1, 4, 1]))
h = [9, 4, 7, 1, 8, 2]
heapq.heapify(h)
print(h, h[0])
print(heapq.heappushpop(h, 0), heapq.heappushpop(h, 5), h)
print([heapq.heappop(h) for _ in range(len(h))])
streams = [[1, 5, 9], [2, 3, 10, 11], [], [4]]
print(list(heapq.merge(*streams)))
print(list(heapq.merge(["b", "d"], ["a", "c"], key=str)))
tasks = []
for pri, name in [(2, "write"), (1, "plan"), (3, "ship"), (1, "research")]:
    heapq.heappush(tasks, (pri, name))
order = []
while tasks:
    order.append(heapq.heappop(tasks)[1])
print(order)
maxheap = []
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    heapq.heappush(maxheap, -v)
print([-heapq.heappop(maxheap) for _ in range(3)])
