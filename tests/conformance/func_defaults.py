# func: default parameter values and keyword arguments
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9))
def describe(a, b=None):
    if b is None:
        return "only " + str(a)
    return str(a) + " and " + str(b)
print(describe(1), describe(1, 2), describe(1, b=0))
