# area: realistic agent script: shunting-yard conversion of infix to RPN and evaluation with operator precedence and errors
import re

PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "^": (3, "R")}

class ExprError(Exception):
    pass

def to_rpn(expr):
    out, ops = [], []
    for tok in re.findall(r"\d+\.?\d*|[-+*/^()]|\S", expr):
        if tok[0].isdigit():
            out.append(tok)
        elif tok in PREC:
            p, assoc = PREC[tok]
            while ops and ops[-1] in PREC:
                q = PREC[ops[-1]][0]
                if q > p or (q == p and assoc == "L"):
                    out.append(ops.pop())
                else:
                    break
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            if not ops:
                raise ExprError("unbalanced ')'")
            ops.pop()
        else:
            raise ExprError(f"bad token {tok!r}")
    while ops:
        op = ops.pop()
        if op == "(":
            raise ExprError("unbalanced '('")
        out.append(op)
    return out

def eval_rpn(tokens):
    st = []
    for t in tokens:
        if t in PREC:
            if len(st) < 2:
                raise ExprError(f"missing operand for {t}")
            b, a = st.pop(), st.pop()
            if t == "/" and b == 0:
                raise ExprError("division by zero")
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b if t == "/" else 0, "^": a ** b}[t] if t != "/" else a / b)
        else:
            st.append(float(t))
    if len(st) != 1:
        raise ExprError(f"{len(st)} values left on stack")
    return st[0]

for e in ["3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "(1 + 2) * (3 + 4)", "2 ^ 3 ^ 2", "10 / 4 - 1", "8 / (3 - 3)",
          "(1 + 2", "1 + 2)", "4 $ 4", "5 *", "7"]:
    try:
        rpn = to_rpn(e)
        print(f"{e:<30} {' '.join(rpn):<28} = {eval_rpn(rpn):g}")
    except ExprError as err:
        print(f"{e:<30} error: {err}")
