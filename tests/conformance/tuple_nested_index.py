# tuple: indexing into nested tuples and iteration
m = ((1, 2, 3), (4, 5, 6), (7, 8, 9))
print(m[1][2], m[-1][0], m[0][-1])
print([row[1] for row in m])
diag = []
for i in range(len(m)):
    diag.append(m[i][i])
print(tuple(diag))
for a, b, c in m:
    print(a + b + c)
try:
    m[3]
except IndexError as e:
    print("IndexError:", e)
