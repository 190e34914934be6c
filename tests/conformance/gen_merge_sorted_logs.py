# area: generators: merge several sorted log streams lazily with heapq.merge and a hand-written k-way merge generator
import heapq

A = ["09:00:01 a start", "09:00:05 a step", "09:01:00 a done"]
B = ["09:00:02 b start", "09:00:03 b fail", "09:00:59 b retry", "09:02:00 b done"]
C = ["08:59:59 c boot"]

def kway(*streams):
    heap = []
    iters = [iter(s) for s in streams]
    for i, it in enumerate(iters):
        first = next(it, None)
        if first is not None:
            heap.append((first, i))
    heapq.heapify(heap)
    while heap:
        line, i = heapq.heappop(heap)
        yield line
        nxt = next(iters[i], None)
        if nxt is not None:
            heapq.heappush(heap, (nxt, i))

merged = list(kway(A, B, C))
print("\n".join(merged))
print(merged == list(heapq.merge(A, B, C)))
def between(lines, start, end):
    for line in lines:
        ts = line[:8]
        if ts < start:
            continue
        if ts > end:
            return
        yield line
print(list(between(kway(A, B, C), "09:00:02", "09:00:59")))
by_src = {}
for line in kway(A, B, C):
    by_src.setdefault(line.split()[1], []).append(line.split()[2])
print(by_src)
