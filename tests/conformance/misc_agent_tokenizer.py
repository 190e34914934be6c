# area: realistic agent script: a hand-written tokenizer and recursive-descent evaluator for arithmetic with variables
import re

class SyntaxError(Exception):
    pass

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|[-+*/()%,]))")

def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError(f"unexpected {src[pos]!r} at {pos}")
        num, name, op = m.groups()
        out.append(("num", float(num)) if num else ("name", name) if name else ("op", op))
        pos = m.end()
    return out

class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}
    def __init__(self, tokens, env):
        self.toks, self.i, self.env = tokens, 0, env
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)
    def take(self):
        tok = self.peek()
        self.i += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            v = v + self.term() if self.take()[1] == "+" else v - self.term()
        return v
    def term(self):
        v = self.power()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            r = self.power()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def power(self):
        base = self.unary()
        if self.peek() == ("op", "**"):
            self.take()
            return base ** self.power()
        return base
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take()
                return self.FUNCS[val](*args)
            return self.env[val]
        if val == "(":
            v = self.expr()
            self.take()
            return v
        raise SyntaxError(f"unexpected token {val!r}")

env = {"x": 3.0, "rate": 0.25}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x ** 2", "max(x, 10, 4) / rate",
            "abs(-7) % 4", "x * (rate + 1) - 0.5", "y + 1", "3 $ 4", "1 + * 2"]:
    try:
        print(f"{src:<22} = {Parser(tokenize(src), env).expr():g}")
    except KeyError as e:
        print(f"{src:<22} ! unknown variable {e}")
    except SyntaxError as e:
        print(f"{src:<22} ! syntax: {e}")
print(tokenize("f(a,2.5)"))
