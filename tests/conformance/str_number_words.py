# area: str: spell out integers in English words (with hyphens, 'and'-free style), and parse them back
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (100, "hundred")]

def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    for value, name in SCALES:
        if n >= value:
            q, r = divmod(n, value)
            return words(q) + " " + name + (" " + words(r) if r else "")

def parse(text):
    lookup = {w: i for i, w in enumerate(ONES)}
    lookup.update({w: i * 10 for i, w in enumerate(TENS) if w != "_"})
    total = current = 0
    sign = 1
    for tok in text.replace("-", " ").split():
        if tok == "minus":
            sign = -1
        elif tok in lookup:
            current += lookup[tok]
        elif tok == "hundred":
            current *= 100
        else:
            scale = dict((n, v) for v, n in SCALES)[tok]
            total += current * scale
            current = 0
    return sign * (total + current)

for n in [0, 7, 13, 20, 42, 99, 100, 101, 342, 1000, 1001, 12345, 1_000_000, 7_654_321, -58, 2_000_000_015]:
    w = words(n)
    print(f"{n:>14,} {w}")
    assert parse(w) == n, (n, w, parse(w))
print(max((words(n) for n in range(1, 1000)), key=len))
print(sum(len(words(n).replace(" ", "").replace("-", "")) for n in range(1, 100)))
