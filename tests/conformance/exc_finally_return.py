# exc: finally runs on return and a return in finally overrides
def f():
    try:
        return "try"
    finally:
        print("cleanup f")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())
def h():
    try:
        1 / 0
    finally:
        return "swallowed"
print(h())
def k(x):
    try:
        if x:
            return "early"
        print("no early")
    finally:
        print("finally k", x)
    return "late"
print(k(True), k(False))
