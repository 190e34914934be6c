# closure: functions capturing arguments of their factory
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
def make_multipliers():
    return [make_adder(i) for i in range(4)]
print([f(100) for f in make_multipliers()])
def power_factory(exp):
    return lambda base: base ** exp
square = power_factory(2)
cube = power_factory(3)
print(square(7), cube(3))
