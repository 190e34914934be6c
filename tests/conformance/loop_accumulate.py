# loop: accumulating results across nested loops into lists and strings
table = []
for i in range(1, 5):
    row = []
    for j in range(1, 5):
        row.append(i * j)
    table.append(row)
for row in table:
    print(" ".join([str(v).rjust(3) for v in row]))
s = ""
for ch in "abc":
    for n in range(2):
        s += ch + str(n)
print(s)
tri = [[1]]
for i in range(6):
    prev = tri[-1]
    tri.append([1] + [prev[k] + prev[k + 1] for k in range(len(prev) - 1)] + [1])
print(tri[-1])
