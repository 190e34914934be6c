# task: convert infix formulas with variables to RPN via shunting-yard and evaluate them
import math
import operator
import re

OPS = {
    "+": (1, "L", operator.add),
    "-": (1, "L", operator.sub),
    "*": (2, "L", operator.mul),
    "/": (2, "L", operator.truediv),
    "^": (3, "R", operator.pow),
}
FUNCS = {"sqrt": math.sqrt, "abs": abs, "round": round}


def tokens(src):
    return re.findall(r"\d+(?:\.\d+)?|[A-Za-z_]\w*|[-+*/^(),]", src)


def to_rpn(src):
    out, stack = [], []
    for tok in tokens(src):
        if tok[0].isdigit():
            out.append(float(tok))
        elif tok in FUNCS:
            stack.append(tok)
        elif tok.isidentifier():
            out.append(tok)
        elif tok in OPS:
            prec, assoc, _ = OPS[tok]
            while stack and stack[-1] in OPS:
                top_prec = OPS[stack[-1]][0]
                if top_prec > prec or (top_prec == prec and assoc == "L"):
                    out.append(stack.pop())
                else:
                    break
            stack.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise ValueError("mismatched ')'")
            stack.pop()
            if stack and stack[-1] in FUNCS:
                out.append(stack.pop())
    while stack:
        top = stack.pop()
        if top == "(":
            raise ValueError("mismatched '('")
        out.append(top)
    return out


def eval_rpn(rpn, env):
    stack = []
    for item in rpn:
        if isinstance(item, float):
            stack.append(item)
        elif item in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[item][2](a, b))
        elif item in FUNCS:
            stack.append(FUNCS[item](stack.pop()))
        else:
            stack.append(env[item])
    return stack[0]


env = {"price": 19.99, "qty": 3, "tax": 0.2, "a": 3, "b": 4}
formulas = ["price * qty * (1 + tax)", "sqrt(a ^ 2 + b ^ 2)", "2 ^ 3 ^ 2", "round(price) - qty / 2",
            "(a + b", "discount * qty"]
for f in formulas:
    try:
        rpn = to_rpn(f)
        shown = " ".join(str(int(x)) if isinstance(x, float) and x.is_integer() else str(x) for x in rpn)
        print(f"{f}\n  rpn: {shown}\n  = {eval_rpn(rpn, env):.4f}")
    except ValueError as e:
        print(f"{f}\n  syntax error: {e}")
    except KeyError as e:
        print(f"{f}\n  unknown variable {e}")
