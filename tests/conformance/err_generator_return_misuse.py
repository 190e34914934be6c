# area: err: calling len() on a generator raises TypeError: object of type 'generator' has no len()
def evens(limit):
    for i in range(0, limit, 2):
        yield i

print(list(evens(10)))
g = evens(6)
print(next(g), next(g))
print(len(g))
