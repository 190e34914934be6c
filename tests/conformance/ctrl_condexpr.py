# ctrl: conditional expressions, including nested and inside calls
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "neg" if n < 0 else "zero")
x = 7
parity = "even" if x % 2 == 0 else "odd"
print(parity)
print([("big" if v > 2 else "small") for v in [1, 3]])
print(max(1, 2) if x else min(1, 2))
def abs_val(v):
    return v if v >= 0 else -v
print(abs_val(-4), abs_val(4))
label = None
print(label if label is not None else "unnamed")
