# task: diff two versions of a sentence and two word lists (added/removed/kept) with an LCS table
OLD = "the quick brown fox jumps over the lazy dog near the river bank"
NEW = "the quick red fox leaps over the very lazy dog near the bank"


def lcs_table(a, b):
    rows, cols = len(a), len(b)
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            if a[i] == b[j]:
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    return table


def diff(a, b):
    table = lcs_table(a, b)
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            yield " ", a[i]
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            yield "-", a[i]
            i += 1
        else:
            yield "+", b[j]
            j += 1
    yield from (("-", w) for w in a[i:])
    yield from (("+", w) for w in b[j:])


old_words, new_words = OLD.split(), NEW.split()
ops = list(diff(old_words, new_words))
rendered = []
for op, word in ops:
    rendered.append({"-": f"[-{word}-]", "+": f"{{+{word}+}}", " ": word}[op])
print(" ".join(rendered))

removed = sum(1 for op, _ in ops if op == "-")
added = sum(1 for op, _ in ops if op == "+")
common = len(ops) - removed - added
similarity = 2 * common / (len(old_words) + len(new_words))
print(f"common={common} removed={removed} added={added} similarity={similarity:.3f}")

print()
before = ["alpha", "beta", "gamma", "delta", "beta"]
after = ["beta", "delta", "epsilon", "alpha", "zeta"]
print("added:  ", sorted(set(after) - set(before)))
print("removed:", sorted(set(before) - set(after)))
print("kept:   ", sorted(set(before) & set(after)))
print("changed:", sorted(set(before) ^ set(after)))
moved = [w for w in before if w in after and before.index(w) != after.index(w)]
print("moved:  ", list(dict.fromkeys(moved)))
