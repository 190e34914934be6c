# builtin: sorted with key and reverse, stable ordering, any iterable
print(sorted([3, 1, 2]))
print(sorted("banana"))
print(sorted((5, -1, 0), reverse=True))
print(sorted({"b": 1, "a": 2}))
print(sorted([]))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(["aa", "B", "c", "DDD"], key=len))
print(sorted(["aa", "B", "c", "DDD"], key=lambda s: s.lower()))
print(sorted([-3, 2, -1], key=abs))
orig = [2, 1]
print(sorted(orig), orig)
print(sorted([2.5, 1, True, -0.5]))
