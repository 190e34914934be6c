# area: realistic agent script: line diff of two text versions via LCS dynamic programming, unified-style output
OLD = """def greet(name):
    print("Hello " + name)
    return None

greet("world")
greet("agent")"""
NEW = """def greet(name, punct="!"):
    print(f"Hello {name}{punct}")

greet("world")
greet("agent", "?")
greet("team")"""

a, b = OLD.splitlines(), NEW.splitlines()
n, m = len(a), len(b)
lcs = [[0] * (m + 1) for _ in range(n + 1)]
for i in range(n - 1, -1, -1):
    for j in range(m - 1, -1, -1):
        lcs[i][j] = lcs[i + 1][j + 1] + 1 if a[i] == b[j] else max(lcs[i + 1][j], lcs[i][j + 1])

ops = []
i = j = 0
while i < n and j < m:
    if a[i] == b[j]:
        ops.append((" ", a[i]))
        i += 1
        j += 1
    elif lcs[i + 1][j] >= lcs[i][j + 1]:
        ops.append(("-", a[i]))
        i += 1
    else:
        ops.append(("+", b[j]))
        j += 1
ops.extend(("-", x) for x in a[i:])
ops.extend(("+", x) for x in b[j:])

print(f"--- old ({n} lines)")
print(f"+++ new ({m} lines)")
for tag, line in ops:
    print(f"{tag} {line}")
added = sum(1 for t, _ in ops if t == "+")
removed = sum(1 for t, _ in ops if t == "-")
print(f"{added} insertions(+), {removed} deletions(-), {lcs[0][0]} unchanged")
similarity = 2 * lcs[0][0] / (n + m)
print(f"similarity {similarity:.2f}")
