# lambda: default arguments and keyword calls on lambdas
f = lambda x, y=2, *, z=3: (x, y, z)
print(f(1), f(1, 5), f(1, z=9), f(x=0, y=0, z=0))
g = lambda *args, **kw: (args, kw)
print(g(), g(1, a=2))
scale = 3
h = lambda x, s=scale: x * s
scale = 100
print(h(2))
