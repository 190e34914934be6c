# bool: and/or short-circuit and skip evaluation of the right operand
def t(label):
    print("t", label)
    return True
def f(label):
    print("f", label)
    return False
print(f(1) and t(2))
print(t(3) or f(4))
print(t(5) and f(6) and t(7))
print(f(8) or f(9) or t(10))
d = {}
print("k" in d and d["k"] > 0)
lst = []
print(len(lst) > 0 and lst[0])
x = None
print(x is not None and x.upper())
