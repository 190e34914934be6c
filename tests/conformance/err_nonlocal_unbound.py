# area: err: reading a local before assignment raises UnboundLocalError
counter = 0
def bump():
    counter += 1
    return counter
print("counter is", counter)
print(bump())
