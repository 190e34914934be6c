# area: err: an exception raised by a delegated subgenerator propagates through yield from to the consumer
def numbers(raw):
    for r in raw:
        yield int(r)

def doubled(raw):
    yield from (n * 2 for n in numbers(raw))

for v in doubled(["1", "2", "three", "4"]):
    print("got", v)
