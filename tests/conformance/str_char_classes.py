# area: str: classify characters in passwords/identifiers with is* predicates, ord/chr arithmetic, and a Caesar cipher
def strength(pw):
    checks = {
        "length>=8": len(pw) >= 8,
        "upper": any(c.isupper() for c in pw),
        "lower": any(c.islower() for c in pw),
        "digit": any(c.isdigit() for c in pw),
        "symbol": any(not c.isalnum() and not c.isspace() for c in pw),
        "no-space": not any(c.isspace() for c in pw),
    }
    return sum(checks.values()), [k for k, ok in checks.items() if not ok]

for pw in ["hunter2", "Tr0ub4dor&3", "correct horse battery", "ABCdef123!", ""]:
    score, missing = strength(pw)
    print(f"{pw!r:<24} {score}/6 missing={missing}")

def caesar(text, k):
    out = []
    for c in text:
        if c.isascii() and c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
msg = "Attack at Dawn, 5am!"
enc = caesar(msg, 13)
print(enc, "|", caesar(enc, -13), "|", caesar("xyz", 3))
for s in ["var_1", "1var", "class", "héllo", "Hello World", "   ", "12.5", "٣", "MixedCase", "UPPER"]:
    print(f"{s!r:<14} id={s.isidentifier()!s:<5} alpha={s.isalpha()!s:<5} num={s.isnumeric()!s:<5} title={s.istitle()!s:<5} upper={s.isupper()}")
print([ord(c) for c in "Az09"], "".join(chr(c) for c in range(97, 102)), chr(0x263A), hex(ord("€")))
