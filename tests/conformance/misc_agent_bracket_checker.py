# area: realistic agent script: validate bracket nesting and quotes in code snippets with a stack, reporting positions
PAIRS = {")": "(", "]": "[", "}": "{"}

def check(src):
    stack = []
    quote = None
    line, col = 1, 0
    for ch in src:
        col += 1
        if ch == "\n":
            line, col = line + 1, 0
            continue
        if quote:
            if ch == quote:
                quote = None
            continue
        if ch in "\"'":
            quote = ch
        elif ch in "([{":
            stack.append((ch, line, col))
        elif ch in PAIRS:
            if not stack:
                return f"unexpected {ch!r} at {line}:{col}"
            opener, l0, c0 = stack.pop()
            if opener != PAIRS[ch]:
                return f"mismatch: {opener!r} at {l0}:{c0} closed by {ch!r} at {line}:{col}"
    if quote:
        return f"unterminated string starting with {quote}"
    if stack:
        opener, l0, c0 = stack[-1]
        return f"unclosed {opener!r} at {l0}:{c0} ({len(stack)} open)"
    return "ok"

SNIPPETS = [
    "print(foo(bar[1], {'a': (2, 3)}))",
    "x = [1, 2, 3",
    "if (a and b]:\n    pass",
    "s = 'unbalanced ( in string'",
    "d = {'k': [1, 2]}\n}",
    "msg = \"it's fine\"",
    "call('oops)",
    "f(g(h(i(j(k())))))",
    "",
]
for s in SNIPPETS:
    first = s.splitlines()[0] if s else "<empty>"
    print(f"{first[:28]:<30} -> {check(s)}")
depths = []
for s in SNIPPETS:
    d = best = 0
    for ch in s:
        d += ch in "([{"
        d -= ch in ")]}"
        best = max(best, d)
    depths.append(best)
print("max depths:", depths)
