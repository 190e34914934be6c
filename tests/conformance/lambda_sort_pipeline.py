# area: lambda: lambdas as sort keys, small pipelines, immediate invocation, closures in lambdas and default args
ops = {
    "inc": lambda x: x + 1,
    "dbl": lambda x: x * 2,
    "neg": lambda x: -x,
    "sq": lambda x: x ** 2,
}
def run(names, x):
    for n in names:
        x = ops[n](x)
    return x
print(run(["inc", "dbl"], 3), run(["dbl", "inc"], 3), run(["sq", "neg", "inc"], 4), run([], 7))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(ops["sq"], ops["inc"])
print(inc_then_sq(2), (lambda a, b=10, *c, **d: (a, b, c, d))(1, 2, 3, k=4))
print((lambda: "now")(), (lambda *a: len(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
files = ["report.PDF", "a.txt", "notes.md", "Archive.tar.gz", "b.TXT", "README"]
ext = lambda f: f.rsplit(".", 1)[-1].lower() if "." in f else ""
print(sorted(files, key=ext), sorted(files, key=lambda f: (ext(f), f.lower())))
print(list(filter(lambda f: ext(f) == "txt", files)), list(map(lambda f: f.upper()[:3], files)))
multipliers = [lambda x, k=k: x * k for k in range(1, 4)]
print([m(10) for m in multipliers])
adders = []
for k in range(3):
    adders.append(lambda x: x + k)
print([a(10) for a in adders])
make_adder = lambda n: (lambda x: x + n)
print(make_adder(5)(1), make_adder("a")("b"))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), [fact(i) for i in range(5)])
pairs = [(1, "one"), (3, "three"), (2, "two")]
pairs.sort(key=lambda p: p[1][-1])
print(pairs, max(pairs, key=lambda p: len(p[1])))
print((lambda x: (lambda y: x + y))(3)(4), (lambda: [i * i for i in range(4)])())
