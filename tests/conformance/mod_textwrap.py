# mod: textwrap wrap/fill/shorten/dedent/indent with CPython's line breaking
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known sentence, used to test "
        "type-faces and keyboards; it contains every letter of the alphabet at least once.")
for w in [20, 33, 50]:
    print(textwrap.wrap(text, width=w))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10, break_long_words=False))
print(textwrap.wrap("a self-contained well-formed hyphen-ated-word", width=12))
print(textwrap.wrap("a self-contained well-formed", width=12, break_on_hyphens=False))
print(textwrap.wrap("tabs\tand\nnewlines   here", width=12))
print(textwrap.wrap("", width=10), textwrap.wrap("   ", width=10))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello world, this is a long line", width=20))
print(textwrap.shorten("Hello world, this is a long line", width=20, placeholder="..."))
print(textwrap.fill(text, width=30, max_lines=3))
code = """
    def f(x):
        return x + 1

    print(f(2))
"""
print(textwrap.dedent(code))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   x\n    \n  y")))
print(textwrap.indent("one\ntwo\n\nthree", "> "))
print(textwrap.indent("a\nb\n", "+ ", lambda line: True))
w = textwrap.TextWrapper(width=15, fix_sentence_endings=True)
print(w.wrap("Hi there. How are you? Fine."), w.width)
try:
    textwrap.wrap("x", width=0)
except ValueError as exc:
    print("ValueError", exc)
