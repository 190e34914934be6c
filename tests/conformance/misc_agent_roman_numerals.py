# area: realistic agent script: convert between Roman numerals and ints with validation and round-trip checks
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
SYMBOL = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range 1..3999")
    out = []
    for v, s in VALUES:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)

def from_roman(s):
    s = s.upper().strip()
    if not s or any(c not in SYMBOL for c in s):
        raise ValueError(f"invalid numeral {s!r}")
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = SYMBOL[a]
        total += -v if b != " " and SYMBOL[b] > v else v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r} (canonical {to_roman(total)})")
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    print(f"{n:>5} -> {to_roman(n)}")
for s in ["mcmxciv", "XLII", "IIII", "IC", "", "MMXXIV", "ABC"]:
    try:
        print(f"{s!r:>10} -> {from_roman(s)}")
    except ValueError as e:
        print(f"{s!r:>10} !! {e}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
print(max(range(1, 4000), key=lambda n: (len(to_roman(n)), n)), to_roman(3888))
try:
    to_roman(0)
except ValueError as e:
    print("ValueError:", e)
