# area: comp: nested list/dict/set comprehensions for matrix ops, grouping, filtering and inversion
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print({i: [x * x for x in row] for i, row in enumerate(matrix)})
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print(sum(matrix[i][i] for i in range(3)), sum(matrix[i][2 - i] for i in range(3)))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
by_letter = {c: [w for w in words if w[0] == c] for c in sorted({w[0] for w in words})}
print(by_letter)
print({w: len(w) for w in words if len(w) > 5})
print(sorted({len(w) for w in words}), sorted({w[-1] for w in words}))
pairs = [(a, b) for a in range(1, 6) for b in range(a, 6) if a * b == 6 or a + b == 6]
print(pairs)
triples = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
flags = ["x" if n % 15 == 0 else "3" if n % 3 == 0 else "5" if n % 5 == 0 else "." for n in range(1, 31)]
print("".join(flags))
nested = {"a": {"x": 1, "y": 2}, "b": {"x": 3}, "c": {}}
print({(o, i): v for o, d in nested.items() for i, v in d.items()})
print([k for k, d in nested.items() if not d], {k: sum(d.values()) for k, d in nested.items()})
i = "outer"
print([i for i in range(3)], i)
print([(lambda v: v * 2)(v) for v in range(4)])
