# mod: collections.deque appends/pops at both ends, maxlen, rotate, indexing, repr, errors
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], list(reversed(d)))
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, 3 in d, d.count(3), d.index(3))
d[1] = "B"
del d[0]
print(d, bool(d), bool(deque()))
d.clear()
print(d, len(d))
w = deque(maxlen=3)
for i in range(6):
    w.append(i)
print(w, w.maxlen, deque([1], maxlen=3), deque("abcdef", 2))
w.appendleft(-1)
print(w, deque(range(3)) == deque([0, 1, 2]), deque([1]) == [1])
q = deque()
for i in range(100):
    q.append(i)
total = 0
while q:
    v = q.popleft()
    total += v
    if v % 10 == 0 and v < 50:
        q.append(v + 1000)
print(total, q)
for op in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5]]:
    try:
        op()
    except IndexError as exc:
        print("IndexError", exc)
try:
    deque([1]).remove(2)
except ValueError as exc:
    print("ValueError", exc)
r = deque([1, 2, 3, 4, 5])
r.reverse()
r.insert(1, 9)
r.remove(3)
print(r, r + deque([0]), r.copy(), [x * 2 for x in r])
print(type(r).__name__, isinstance(r, deque))
