# area: err: pushing dicts with equal priorities onto a heap compares dicts and raises TypeError
import heapq
heap = []
heapq.heappush(heap, (2, {"task": "b"}))
heapq.heappush(heap, (1, {"task": "a"}))
print(heapq.heappop(heap))
heapq.heappush(heap, (2, {"task": "c"}))
print(len(heap))
