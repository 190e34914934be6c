# expect: error RecursionError
# attacks: a chain of generators delegating with yield from, deeper than the frame limit: each running generator is a frame on the VM stack, so the depth limit applies
def chain(n):
    if n == 0:
        yield "bottom"
    else:
        yield from chain(n - 1)

print(next(chain(100000)))
print("ESCAPED")
