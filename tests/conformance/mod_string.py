# mod: string constants, capwords, Template substitute/safe_substitute and their errors
import string
from string import Template

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(repr(string.printable[-10:]))
print(string.capwords("  hello   wORLD foo "), string.capwords("a-b-c", "-"), string.capwords(""))
t = Template("$who likes ${what}; costs $$5, $who!")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": 3}), t.template)
print(t.safe_substitute(who="bob"), t.get_identifiers(), t.is_valid())
print(t.substitute({"who": "x", "what": "y"}, what="z"))
print(Template("$a$b ${c}d $").safe_substitute(a=1, c=2))
print(Template("no placeholders").substitute())
try:
    t.substitute(who="x")
except KeyError as exc:
    print("KeyError", exc)
for bad in ["cost: $5", "line\n  two ${x", "$"]:
    try:
        Template(bad).substitute(x=1)
    except ValueError as exc:
        print("ValueError", exc)
counts = {c: 0 for c in ["letters", "digits", "punct", "space"]}
for ch in "Hello, World! 123\t":
    if ch in string.ascii_letters:
        counts["letters"] += 1
    elif ch in string.digits:
        counts["digits"] += 1
    elif ch in string.punctuation:
        counts["punct"] += 1
    elif ch in string.whitespace:
        counts["space"] += 1
print(counts, type(t).__name__)
