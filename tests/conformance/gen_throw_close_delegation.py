# gen_: throw() and close() reach the innermost generator through yield from chains, as in CPython
def inner():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("inner handled", e)
def outer():
    r = yield from inner()
    print("never", r)
d = outer(); print(next(d))
print(d.throw(ValueError("x")))

def inner2():
    try:
        yield 1
    finally:
        print("inner finally")
def outer2():
    try:
        yield from inner2()
    finally:
        print("outer finally")
d = outer2(); next(d); d.close(); print("closed")

def inner3():
    try:
        yield 1
    except KeyError:
        return "recovered"
def outer3():
    r = yield from inner3()
    print("got", r)
    yield r
d = outer3(); next(d); print(d.throw(KeyError("k")))

def inner4():
    yield 1
def outer4():
    try:
        yield from inner4()
    except IndexError as e:
        print("outer caught", repr(e))
        yield "after"
d = outer4(); next(d); print(d.throw(IndexError("boom")))

def leaf():
    try:
        yield "leaf"
    except RuntimeError:
        yield "leaf handled"
def mid():
    yield from leaf()
def top():
    yield from mid()
t = top(); next(t); print(t.throw(RuntimeError()))
print(list(x for x in [1]))
g = top(); next(g)
try:
    g.throw(TypeError("unhandled"))
except TypeError as e:
    print("propagated", e)
print(next(g, "done"))
def over_list():
    yield from [1, 2, 3]
o = over_list(); next(o)
try:
    o.throw(ValueError("v"))
except ValueError as e:
    print("list delegation raises in outer:", e)
