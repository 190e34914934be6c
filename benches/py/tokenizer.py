# Agent-style parsing: a hand-written tokenizer and recursive-descent parser
# for a small expression language (ints, names, + - * // %, parentheses,
# comparisons and function calls), plus a tree-walking evaluator over
# nested tuples. Inputs are generated deterministically.

DIGITS = "0123456789"
LETTERS = "abcdefghijklmnopqrstuvwxyz_"
OPS2 = {"//": "//", "==": "==", "<=": "<=", ">=": ">=", "!=": "!="}
OPS1 = "+-*%<>(),"


def tokenize(src):
    toks = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == " ":
            i = i + 1
        elif c in DIGITS:
            j = i
            while j < n and src[j] in DIGITS:
                j = j + 1
            toks.append(("num", int(src[i:j])))
            i = j
        elif c in LETTERS:
            j = i
            while j < n and (src[j] in LETTERS or src[j] in DIGITS):
                j = j + 1
            toks.append(("name", src[i:j]))
            i = j
        elif src[i : i + 2] in OPS2:
            toks.append(("op", src[i : i + 2]))
            i = i + 2
        elif c in OPS1:
            toks.append(("op", c))
            i = i + 1
        else:
            toks.append(("err", c))
            i = i + 1
    toks.append(("end", ""))
    return toks


def parse(toks):
    pos = [0]

    def peek():
        return toks[pos[0]]

    def advance():
        t = toks[pos[0]]
        pos[0] = pos[0] + 1
        return t

    def atom():
        t = advance()
        if t[0] == "num":
            return ("num", t[1])
        if t[0] == "name":
            if peek() == ("op", "("):
                advance()
                args = []
                if peek() != ("op", ")"):
                    args.append(comparison())
                    while peek() == ("op", ","):
                        advance()
                        args.append(comparison())
                advance()
                return ("call", t[1], args)
            return ("var", t[1])
        if t == ("op", "("):
            e = comparison()
            advance()
            return e
        if t == ("op", "-"):
            return ("neg", atom())
        return ("num", 0)

    def term():
        left = atom()
        while peek()[0] == "op" and peek()[1] in ("*", "//", "%"):
            op = advance()[1]
            left = ("bin", op, left, atom())
        return left

    def arith():
        left = term()
        while peek()[0] == "op" and peek()[1] in ("+", "-"):
            op = advance()[1]
            left = ("bin", op, left, term())
        return left

    def comparison():
        left = arith()
        while peek()[0] == "op" and peek()[1] in ("<", ">", "==", "<=", ">=", "!="):
            op = advance()[1]
            left = ("bin", op, left, arith())
        return left

    return comparison()


def evaluate(node, env, funcs):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env.get(node[1], 0)
    if kind == "neg":
        return -evaluate(node[1], env, funcs)
    if kind == "call":
        args = [evaluate(a, env, funcs) for a in node[2]]
        return funcs[node[1]](args)
    op = node[1]
    a = evaluate(node[2], env, funcs)
    b = evaluate(node[3], env, funcs)
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return (a % 65536) * (b % 65536)
    if op == "//":
        return a // b if b != 0 else 0
    if op == "%":
        return a % b if b != 0 else 0
    if op == "<":
        return 1 if a < b else 0
    if op == ">":
        return 1 if a > b else 0
    if op == "==":
        return 1 if a == b else 0
    if op == "<=":
        return 1 if a <= b else 0
    if op == ">=":
        return 1 if a >= b else 0
    return 1 if a != b else 0


def gen_expr(seed, depth):
    s = (seed * 1103515245 + 12345) % 2147483648
    if depth == 0 or s % 7 == 0:
        if s % 3 == 0:
            return str(s % 1000), s
        return ["x", "y", "zeta", "count_1"][s % 4], s
    left, s = gen_expr(s, depth - 1)
    right, s = gen_expr(s, depth - 1)
    k = s % 10
    if k < 6:
        op = ["+", "-", "*", "//", "%", "<="][k]
        return f"({left} {op} {right})", s
    if k < 8:
        return f"max2({left}, {right})", s
    return f"abs1(-{left}) + {right}", s


FUNCS = {
    "max2": lambda args: max(args[0], args[1]),
    "abs1": lambda args: abs(args[0]),
}

total = 0
ntok = 0
seed = 2024
for i in range(4000):
    src, seed = gen_expr(seed + i, 6)
    toks = tokenize(src)
    ntok = ntok + len(toks)
    tree = parse(toks)
    env = {"x": i, "y": i * 3 - 7, "zeta": 11, "count_1": i % 5}
    v = evaluate(tree, env, FUNCS)
    total = (total * 31 + v) % 1000000007
print(ntok, total)
