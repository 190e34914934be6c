# task: check candidate passwords against a configurable policy and report which rules each one breaks
import re
import string
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Rule:
    name: str
    check: Callable[[str, str], bool]
    message: str


COMMON = {"password", "123456", "qwerty", "letmein", "iloveyou"}


def has_sequence(pw: str, length: int = 4) -> bool:
    runs = [string.ascii_lowercase, string.digits, "qwertyuiop", "asdfghjkl"]
    low = pw.lower()
    return any(run[i:i + length] in low for run in runs for i in range(len(run) - length + 1))


RULES = [
    Rule("length", lambda pw, user: len(pw) >= 12, "needs at least 12 characters"),
    Rule("upper", lambda pw, user: any(c.isupper() for c in pw), "needs an uppercase letter"),
    Rule("lower", lambda pw, user: any(c.islower() for c in pw), "needs a lowercase letter"),
    Rule("digit", lambda pw, user: any(c.isdigit() for c in pw), "needs a digit"),
    Rule("symbol", lambda pw, user: any(c in string.punctuation for c in pw), "needs a symbol"),
    Rule("repeat", lambda pw, user: not re.search(r"(.)\1\1", pw), "has a character 3 times in a row"),
    Rule("sequence", lambda pw, user: not has_sequence(pw), "contains a 4-long keyboard/alphabet run"),
    Rule("username", lambda pw, user: user.lower() not in pw.lower(), "contains the username"),
    Rule("common", lambda pw, user: re.sub(r"\d+$", "", pw.lower()) not in COMMON, "is a common password"),
]


def strength(pw: str) -> int:
    pools = [string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation]
    size = sum(len(p) for p in pools if any(c in p for c in pw))
    bits = len(pw) * (size.bit_length())
    return bits


CANDIDATES = [
    ("alice", "password123"),
    ("bob", "Tr0ub4dor&3"),
    ("carol", "correct-Horse-battery-9"),
    ("dave", "Dave!Secure2024"),
    ("erin", "Aaa111!!!bbbZ"),
    ("frank", "Qwerty!2345678"),
]

for user, pw in CANDIDATES:
    broken = [r for r in RULES if not r.check(pw, user)]
    verdict = "ACCEPT" if not broken else "REJECT"
    print(f"{user:<6} {verdict}  ~{strength(pw)} bits")
    for rule in broken:
        print(f"         x {rule.name}: {rule.message}")
passing = [u for u, pw in CANDIDATES if all(r.check(pw, u) for r in RULES)]
print(f"passing users: {passing}")
