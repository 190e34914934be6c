# area: generators: yield from delegation with return values, nested subgenerators and throw() into a plain generator
def count_up(label, n):
    for i in range(n):
        yield f"{label}{i}"
    return n

def combined():
    total = 0
    total += yield from count_up("a", 2)
    total += yield from count_up("b", 3)
    yield f"total={total}"
    return total * 10

def outer():
    result = yield from combined()
    yield f"outer got {result}"

print(list(outer()))

def resilient():
    handled = []
    while True:
        try:
            item = yield handled
        except ValueError as e:
            handled.append(f"handled {e}")
        else:
            handled.append(item)

r = resilient()
next(r)
r.send("x")
print(r.throw(ValueError("bad input")))
print(r.send("y"))
try:
    r.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated KeyError", e)
print(next(r, "dead"))

def delegator():
    try:
        got = yield from count_up("c", 2)
        yield got
    finally:
        print("delegator finally")
d = delegator()
print(next(d), next(d), next(d))
d.close()
