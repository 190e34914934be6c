# area: err: StopIteration raised inside a generator is converted to RuntimeError
def pairs(it):
    it = iter(it)
    while True:
        a = next(it)
        b = next(it)
        yield a, b

for p in pairs([1, 2, 3, 4, 5]):
    print(p)
