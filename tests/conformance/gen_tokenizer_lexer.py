# area: generators: a lexer generator producing typed tokens with line/column info, consumed by a simple parser loop
import re

SRC = """let total = 0;
for i in 1..10 {
  total = total + i * 2; # double
}
print(total, "done\\n");"""

SPEC = [("NUM", r"\d+"), ("RANGE", r"\.\."), ("STR", r'"(?:\\.|[^"\\])*"'), ("ID", r"[A-Za-z_]\w*"),
        ("OP", r"[+\-*/=]"), ("PUNCT", r"[{}();,]"), ("COMMENT", r"#[^\n]*"), ("NL", r"\n"), ("WS", r"[ \t]+"), ("BAD", r".")]
MASTER = re.compile("|".join(f"(?P<{n}>{p})" for n, p in SPEC))
KEYWORDS = {"let", "for", "in", "print"}

def tokens(src):
    line, col0 = 1, 0
    for m in MASTER.finditer(src):
        kind, text = m.lastgroup, m.group()
        col = m.start() - col0 + 1
        if kind == "NL":
            line, col0 = line + 1, m.end()
            continue
        if kind in ("WS", "COMMENT"):
            continue
        if kind == "ID" and text in KEYWORDS:
            kind = "KW"
        if kind == "BAD":
            raise SyntaxError(f"bad char {text!r} at {line}:{col}") if False else ValueError(f"bad char {text!r} at {line}:{col}")
        yield kind, text, line, col

toks = list(tokens(SRC))
for kind, text, line, col in toks[:12]:
    print(f"{line}:{col:<3} {kind:<6} {text}")
print("...", len(toks), "tokens")
counts = {}
for kind, *_ in toks:
    counts[kind] = counts.get(kind, 0) + 1
print(dict(sorted(counts.items())))
print([t for k, t, *_ in toks if k == "STR"], [t for k, t, *_ in toks if k == "KW"])
try:
    list(tokens("let x = 5 @ 3"))
except ValueError as e:
    print("ValueError:", e)
