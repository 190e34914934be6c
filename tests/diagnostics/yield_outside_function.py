x = 1
yield x
class C:
    yield 2
squares = [(yield n) for n in range(3)]
