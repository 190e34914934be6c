# task: tokenize and parse a small SQL-like WHERE clause, then filter in-memory records with it
import operator
import re

RECORDS = [
    {"name": "Ana", "age": 34, "city": "Paris", "active": True},
    {"name": "Ben", "age": 28, "city": "Berlin", "active": False},
    {"name": "Chloé", "age": 45, "city": "Paris", "active": True},
    {"name": "Dev", "age": 19, "city": "Madrid", "active": True},
    {"name": "Eve", "age": 52, "city": "Berlin", "active": True},
]

TOKEN = re.compile(r"\s*(?:(\d+)|'([^']*)'|(>=|<=|!=|=|<|>|\(|\))|([A-Za-z_]\w*))")
CMP = {"=": operator.eq, "!=": operator.ne, "<": operator.lt, ">": operator.gt, "<=": operator.le, ">=": operator.ge}


def tokenize(text):
    pos, out = 0, []
    while pos < len(text.rstrip()):
        m = TOKEN.match(text, pos)
        if not m:
            raise SyntaxError(f"bad input at {pos}: {text[pos:]!r}")
        num, string, op, word = m.groups()
        if num:
            out.append(("lit", int(num)))
        elif string is not None:
            out.append(("lit", string))
        elif op:
            out.append(("op", op))
        elif word.upper() in ("AND", "OR", "NOT"):
            out.append(("kw", word.upper()))
        elif word.lower() in ("true", "false"):
            out.append(("lit", word.lower() == "true"))
        else:
            out.append(("field", word))
        pos = m.end()
    return out


def parse(tokens):
    def or_expr(i):
        left, i = and_expr(i)
        while i < len(tokens) and tokens[i] == ("kw", "OR"):
            right, i = and_expr(i + 1)
            left = (lambda l, r: lambda rec: l(rec) or r(rec))(left, right)
        return left, i

    def and_expr(i):
        left, i = not_expr(i)
        while i < len(tokens) and tokens[i] == ("kw", "AND"):
            right, i = not_expr(i + 1)
            left = (lambda l, r: lambda rec: l(rec) and r(rec))(left, right)
        return left, i

    def not_expr(i):
        if i < len(tokens) and tokens[i] == ("kw", "NOT"):
            inner, i = not_expr(i + 1)
            return (lambda rec: not inner(rec)), i
        if i < len(tokens) and tokens[i] == ("op", "("):
            inner, i = or_expr(i + 1)
            if i >= len(tokens) or tokens[i] != ("op", ")"):
                raise SyntaxError("missing ')'")
            return inner, i + 1
        if len(tokens) - i < 3:
            raise SyntaxError("incomplete comparison")
        (k1, field), (k2, op), (k3, value) = tokens[i:i + 3]
        if k1 != "field" or k2 != "op" or op not in CMP or k3 != "lit":
            raise SyntaxError(f"expected <field> <op> <literal>, got {field!r} {op!r} {value!r}")
        return (lambda rec: CMP[op](rec[field], value)), i + 3

    pred, end = or_expr(0)
    if end != len(tokens):
        raise SyntaxError(f"unexpected token {tokens[end][1]!r}")
    return pred


queries = [
    "city = 'Paris' AND age > 30",
    "age < 20 OR city = 'Berlin' AND NOT active = false",
    "(age >= 30 AND age <= 50) OR name = 'Dev'",
    "NOT (city = 'Paris' OR city = 'Berlin')", "age >", "city = 'Paris' age",
]
for q in queries:
    try:
        pred = parse(tokenize(q))
        names = [r["name"] for r in RECORDS if pred(r)]
        print(f"{q:<52} -> {names}")
    except SyntaxError as e:
        print(f"{q:<52} -> SyntaxError: {e}")
