# closure: reading a captured local before assignment is UnboundLocalError in its own function, NameError in the inner one (found by tests/randomized.rs)
def own():
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
    x = 1
    return lambda: x
print(own()())
def outer():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 2
    return inner()
print(outer())
def comp():
    try:
        u = u + 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    u = 3
    return [u for _ in range(2)]
print(comp())
def deleted():
    z = 1
    f = lambda: z
    del z
    try:
        return z
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    try:
        return f()
    except NameError as e:
        print(type(e).__name__, e)
deleted()
