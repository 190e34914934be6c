# area: err: sending a non-None value to a just-started generator raises TypeError
def accumulator():
    total = 0
    while True:
        x = yield total
        total += x

acc = accumulator()
print(next(acc))
print(acc.send(5), acc.send(10))
fresh = accumulator()
print("sending to a fresh generator")
fresh.send(1)
