# tuple: tuples as dictionary keys and set members
dist = {("a", "b"): 5, ("b", "c"): 3}
dist[("a", "c")] = dist[("a", "b")] + dist[("b", "c")]
print(dist)
for (src, dst), d in dist.items():
    print(src, "->", dst, d)
cells = {(r, c) for r in range(3) for c in range(3) if r != c}
print(sorted(cells))
print(dist.get(("x", "y"), -1))
