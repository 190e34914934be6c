# fstring: default formatting of every value type equals str()
vals = [1, -2.5, 1e16, 0.1 + 0.2, "s", None, True, [1, "a"], (1,), {"k": [2]}, 2**80, -0.0]
for v in vals:
    print(f"{v}", f"{v}" == str(v))
print(f"{''}|{' '}|")
