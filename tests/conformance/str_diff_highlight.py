# area: str: character-level diff of two strings via common prefix/suffix trimming, and highlighting changed spans
def changed_span(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s

def highlight(a, b):
    p, ea, eb = changed_span(a, b)
    return f"{a[:p]}[-{a[p:ea]}-]{{+{b[p:eb]}+}}{a[ea:]}"

PAIRS = [("color", "colour"), ("kitten", "sitting"), ("same", "same"), ("abc", ""), ("", "new"),
         ("The quick brown fox", "The quick red fox"), ("2024-01-31", "2024-02-29"), ("aaaa", "aa")]
for a, b in PAIRS:
    p, ea, eb = changed_span(a, b)
    if a == b:
        print(f"{a!r:<22} unchanged")
    else:
        print(f"{a!r:<22} -> {b!r:<20} {highlight(a, b)}  (at {p}, -{ea - p} +{eb - p})")
def hamming(a, b):
    if len(a) != len(b):
        raise ValueError("lengths differ")
    return sum(x != y for x, y in zip(a, b))
print([hamming(a, b) for a, b in [("karolin", "kathrin"), ("1011101", "1001001"), ("", "")]])
try:
    hamming("ab", "abc")
except ValueError as e:
    print("ValueError:", e)
print("".join("^" if x != y else " " for x, y in zip("hello world", "hallo wurld")))
