class I(int):
    pass
n = I(7)
print(n.real, n.numerator, n.denominator, n.imag)
