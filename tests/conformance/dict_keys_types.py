# dict: int, str, tuple and float keys; equal numbers are the same key
d = {1: "int", "1": "str", (1, 2): "tuple", 2.5: "float"}
print(d[1], d["1"], d[(1, 2)], d[2.5])
e = {1: "a"}
e[1.0] = "b"
e[True] = "c"
print(e)
f = {0: "zero", False: "false"}
print(f)
grid = {}
for r in range(2):
    for c in range(2):
        grid[(r, c)] = r * 10 + c
print(grid)
print(grid[1, 0])
print({(1, "a"): None, -5: None, 10**20: "big"})
try:
    bad = {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
