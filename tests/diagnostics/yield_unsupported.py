def numbers():
    yield 1
    yield 2
