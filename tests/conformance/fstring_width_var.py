# fstring: width and precision supplied by nested replacement fields
w = 10
p = 3
v = 2.718281828
print(f"[{v:{w}.{p}f}]")
print(f"[{'hi':>{w}}]")
print(f"[{'hi':{'*'}^{w}}]")
for width in [4, 6, 8]:
    print(f"|{42:{width}}|")
cols = [("name", 8), ("qty", 5)]
print("".join([f"{c:<{n}}" for c, n in cols]) + "|")
