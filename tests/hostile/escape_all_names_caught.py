# expect: ok
# attacks: every forbidden builtin inside try/except; each refusal must be a NameError that says why
attempts = [
    lambda: __import__("os"), lambda: open("/etc/passwd"), lambda: eval("1"), lambda: exec("1"),
    lambda: compile("1", "f", "eval"), lambda: globals(), lambda: locals(), lambda: vars(),
    lambda: input(), lambda: exit(), lambda: quit(), lambda: breakpoint(), lambda: id(1), lambda: help(1),
]
for f in attempts:
    try:
        f()
        print("ESCAPED")
    except NameError as e:
        assert str(e), "empty message"
print("refused", len(attempts))
