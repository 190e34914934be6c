class I(int):
    pass
print([1, 2] * I(2), 'ab' * I(2))
