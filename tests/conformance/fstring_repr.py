# fstring: !r and !s conversions
s = "it's"
print(f"{s}")
print(f"{s!r}")
print(f"{s!s}")
print(f"{'plain'!r}")
print(f"{[1, 'a']!r}")
print(f"{None!r} {True!r} {1.5!r}")
print(f"{'x'!r:>6}")
name = "Ann\n"
print(f"name={name!r}")
