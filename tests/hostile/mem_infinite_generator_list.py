# expect: killed memory
# attacks: list() of an infinite generator: the builtin pulls values forever, so the growing list hits the memory limit
def forever():
    n = 0
    while True:
        yield [n] * 1000
        n += 1

print(len(list(forever())))
print("ESCAPED")
