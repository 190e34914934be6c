# task: tokenize arithmetic expressions with a character-level state machine and evaluate them by precedence climbing
import operator
from dataclasses import dataclass


@dataclass
class Token:
    kind: str
    text: str
    pos: int = -1


def tokenize(src: str) -> list[Token]:
    tokens, state, buf, start, i = [], "start", "", 0, 0
    while i <= len(src):
        ch = src[i] if i < len(src) else "\0"
        if state == "start":
            if ch.isdigit():
                state, buf, start = "int", ch, i
            elif ch.isalpha() or ch == "_":
                state, buf, start = "name", ch, i
            elif ch in "+-*/()^%":
                tokens.append(Token("op", ch, i))
            elif ch not in " \t\0":
                raise SyntaxError(f"unexpected {ch!r} at {i}")
        elif state in ("int", "float") and ch.isdigit():
            buf += ch
        elif state == "int" and ch == ".":
            buf, state = buf + ch, "float"
        elif state == "float" and buf.endswith("."):
            raise SyntaxError(f"malformed number {buf!r} at {start}")
        elif state == "name" and (ch.isalnum() or ch == "_"):
            buf += ch
        else:  # token finished: emit it and re-read this char in the start state
            tokens.append(Token("name" if state == "name" else "num", buf, start))
            state = "start"
            continue
        i += 1
    return tokens


OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "%": operator.mod, "^": pow}
PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "%": (2, "L"), "^": (3, "R")}


def evaluate(tokens: list[Token], env: dict[str, float]) -> float:
    pos = 0

    def atom():
        nonlocal pos
        tok = tokens[pos] if pos < len(tokens) else Token("eof", "")
        pos += 1
        match tok:
            case Token(kind="num", text=t):
                return float(t) if "." in t else int(t)
            case Token(kind="name", text=name):
                if name not in env:
                    raise NameError(f"unknown variable {name!r}")
                return env[name]
            case Token(kind="op", text="-"):
                return -expr(3)
            case Token(kind="op", text="("):
                value = expr(1)
                pos += 1  # skip ')'
                return value
        raise SyntaxError(f"unexpected token {tok.text!r} at {tok.pos}")

    def expr(min_prec):
        nonlocal pos
        left = atom()
        while pos < len(tokens) and tokens[pos].text in PREC and PREC[tokens[pos].text][0] >= min_prec:
            op = tokens[pos].text
            prec, assoc = PREC[op]
            pos += 1
            right = expr(prec + 1 if assoc == "L" else prec)
            left = OPS[op](left, right)
        return left

    return expr(1)


ENV = {"rate": 0.07, "price": 250, "qty": 3}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "price * qty * (1 + rate)", "-4 + 10 % 3",
            "7 / 2", "3.5 * 2", "tax * 2", "4 $ 4", "1 + . 5", "12.", "8 / (4 - 4)", "2 *"]:
    try:
        toks = tokenize(src)
        print(f"{src:<26} tokens={len(toks):<3} = {evaluate(toks, ENV)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src:<26} {type(e).__name__}: {e}")
print(tokenize("x1 + 20.5"))
