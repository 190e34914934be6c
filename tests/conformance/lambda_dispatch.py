# lambda: dispatch table of lambdas in a dict
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b != 0 else None,
    "max": lambda a, b: max(a, b),
}
for sym in ["+", "-", "*", "/", "max"]:
    print(sym, ops[sym](12, 4), ops[sym](3, 0))
def calc(expr):
    a, op, b = expr.split()
    return ops[op](int(a), int(b))
print([calc(e) for e in ["1 + 2", "10 / 4", "6 * 7", "5 - 9"]])
