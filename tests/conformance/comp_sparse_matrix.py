# area: comp: sparse matrices as dicts of (row, col) keys built and transformed with comprehensions
dense = [
    [0, 0, 3, 0],
    [4, 0, 0, 0],
    [0, 0, 0, 0],
    [0, 5, 0, 6],
]
sparse = {(r, c): v for r, row in enumerate(dense) for c, v in enumerate(row) if v}
print(sparse)
transposed = {(c, r): v for (r, c), v in sparse.items()}
print(sorted(transposed.items()))
scaled = {k: v * 10 for k, v in sparse.items() if v > 3}
print(scaled)
row_sums = {r: sum(v for (rr, _), v in sparse.items() if rr == r) for r in range(len(dense))}
print(row_sums)
def mul(a, b, n):
    return {(i, j): s for i in range(n) for j in range(n)
            if (s := sum(a.get((i, k), 0) * b.get((k, j), 0) for k in range(n)))}
sq = mul(sparse, sparse, 4)
print(sorted(sq.items()))
back = [[sq.get((r, c), 0) for c in range(4)] for r in range(4)]
print(back)
print(f"density {len(sparse) / 16:.0%}", max(sparse, key=sparse.get), [k for k, v in sorted(sparse.items()) if v % 2 == 0])
