# fstring: doubled braces produce literal braces
x = 5
print(f"{{x}}")
print(f"{{{x}}}")
print(f"{{}} {x} {{}}")
print(f"dict literal: {{'a': {x}}}")
print(f"{ {'k': x} }")
print(f"{x}" + "{x}")
