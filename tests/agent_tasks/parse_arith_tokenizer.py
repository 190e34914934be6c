# task: tokenize and evaluate arithmetic expressions with a recursive-descent parser
import operator
import re
from typing import NamedTuple

BINARY = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "%": operator.mod}

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|(\*\*|[-+*/%()])|(\S))")


class Token(NamedTuple):
    kind: str
    value: str


def tokenize(src: str) -> list[Token]:
    tokens = []
    for number, op, bad in TOKEN_RE.findall(src):
        if bad:
            raise SyntaxError(f"unexpected character {bad!r}")
        tokens.append(Token("NUM", number) if number else Token("OP", op))
    return tokens + [Token("EOF", "")]


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self, value=None):
        tok = self.tokens[self.pos]
        if value is not None and tok.value != value:
            raise SyntaxError(f"expected {value!r}, got {tok.value or 'end of input'!r}")
        self.pos += 1
        return tok

    def expr(self):
        left = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            left = BINARY[op](left, self.term())
        return left

    def term(self):
        left = self.unary()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            right = self.unary()
            if op in "/%" and right == 0:
                raise ZeroDivisionError("division by zero in expression")
            left = BINARY[op](left, right)
        return left

    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        base = self.atom()
        if self.peek().value == "**":
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "NUM":
            return float(tok.value) if "." in tok.value else int(tok.value)
        if tok.value == "(":
            value = self.expr()
            self.take(")")
            return value
        raise SyntaxError(f"unexpected token {tok.value or 'end of input'!r}")


def evaluate(src):
    parser = Parser(tokenize(src))
    result = parser.expr()
    parser.take("")  # must be at end of input
    return result


for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-4 + 10 / 4", "7 % 3 * (2.5 - .5)",
             "1 / (3 - 3)", "2 * (3 + 4", "5 $ 2", "-(-2) ** 2"]:
    try:
        print(f"{expr:<20} = {evaluate(expr)}")
    except (SyntaxError, ZeroDivisionError) as e:
        print(f"{expr:<20} ! {type(e).__name__}: {e}")
