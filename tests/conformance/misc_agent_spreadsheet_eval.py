# area: realistic agent script: evaluate a tiny spreadsheet with cell references and SUM ranges, detecting cycles by DFS
import re

CELLS = {
    "A1": "10", "A2": "32", "A3": "=A1+A2", "B1": "=A3*2", "B2": "=SUM(A1:A3)", "B3": "=B2-B1/4",
    "C1": "=C2+1", "C2": "=C1+1", "C3": "=D9+1", "D1": "hello", "D2": "=D1+1",
}

class CellError(Exception):
    pass

def expand(rng):
    a, b = rng.split(":")
    col, r1, r2 = a[0], int(a[1:]), int(b[1:])
    return [f"{col}{r}" for r in range(r1, r2 + 1)]

cache, visiting = {}, set()
def value(ref):
    if ref in cache:
        return cache[ref]
    if ref in visiting:
        raise CellError(f"cycle at {ref}")
    if ref not in CELLS:
        raise CellError(f"empty reference {ref}")
    raw = CELLS[ref]
    visiting.add(ref)
    try:
        if not raw.startswith("="):
            result = float(raw) if re.fullmatch(r"-?\d+(\.\d+)?", raw) else raw
        else:
            expr = re.sub(r"SUM\(([A-Z]\d+:[A-Z]\d+)\)", lambda m: "(" + "+".join(expand(m.group(1))) + ")", raw[1:])
            tokens = re.findall(r"[A-Z]\d+|\d+\.?\d*|[-+*/()]", expr)
            py = "".join(repr(value(t)) if re.fullmatch(r"[A-Z]\d+", t) else t for t in tokens)
            result = calc(py)
    finally:
        visiting.discard(ref)
    cache[ref] = result
    return result

def calc(expr):
    toks = re.findall(r"'[^']*'|\d+\.?\d*|[-+*/()]", expr)
    pos = 0
    def atom():
        nonlocal pos
        t = toks[pos]; pos += 1
        if t == "(":
            v = add(); pos += 1
            return v
        if t.startswith("'"):
            raise CellError(f"text {t} in arithmetic")
        return float(t)
    def mul():
        nonlocal pos
        v = atom()
        while pos < len(toks) and toks[pos] in "*/":
            op = toks[pos]; pos += 1
            v = v * atom() if op == "*" else v / atom()
        return v
    def add():
        nonlocal pos
        v = mul()
        while pos < len(toks) and toks[pos] in "+-":
            op = toks[pos]; pos += 1
            v = v + mul() if op == "+" else v - mul()
        return v
    return add()

for ref in sorted(CELLS):
    try:
        print(f"{ref}: {CELLS[ref]:<14} -> {value(ref)!r}")
    except CellError as e:
        print(f"{ref}: {CELLS[ref]:<14} !! {e}")
