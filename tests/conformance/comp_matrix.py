# comp: matrix operations with comprehensions
a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
t = [[a[r][c] for r in range(len(a))] for c in range(len(a[0]))]
print(t)
prod = [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]
print(prod)
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(ident)
print([sum(row) for row in prod], [max(col) for col in zip(*prod)])
