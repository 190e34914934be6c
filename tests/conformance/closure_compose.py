# closure: building pipelines of functions from closures
def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run
def add(n):
    return lambda x: x + n
def mul(n):
    return lambda x: x * n
p = pipeline(add(1), mul(3), add(-2))
print(p(0), p(5))
strp = pipeline(lambda s: s.strip(), lambda s: s.lower(), lambda s: s.replace(" ", "_"))
print(strp("  Hello World  "))
print(pipeline()(42))
