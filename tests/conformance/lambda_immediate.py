# lambda: immediately invoked and nested lambdas
print((lambda x: x * 2)(21))
print((lambda x: (lambda y: x + y))(10)(5))
adder = lambda n: lambda x: x + n
print(adder(3)(4), [adder(i)(0) for i in range(3)])
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print((lambda s: s[::-1])("stressed"))
