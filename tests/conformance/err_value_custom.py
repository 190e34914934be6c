# err: uncaught ValueError with a custom message after some output
def check(v):
    if v > 40:
        raise ValueError("bad value " + str(v))
    return v
total = 0
for v in [10, 20, 42, 50]:
    print("checking", v)
    total += check(v)
print("unreachable", total)
