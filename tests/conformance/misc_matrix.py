# misc: small matrix utilities (determinant, transpose, identity check)
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        sign = -1 if c % 2 else 1
        total += sign * m[0][c] * det(minor)
    return total
def transpose(m):
    return [list(col) for col in zip(*m)]
def matmul(a, b):
    bt = transpose(b)
    return [[sum([x * y for x, y in zip(row, col)]) for col in bt] for row in a]
a = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
print(det(a), det([[5]]), det([[1, 2], [3, 4]]))
print(transpose(a))
print(matmul(a, [[1, 0, 0], [0, 1, 0], [0, 0, 1]]) == a)
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
big = [[i * 4 + j + (i == j) * 10 for j in range(4)] for i in range(4)]
print(big, det(big))
