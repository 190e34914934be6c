from enum import Flag
class P(Flag):
    R = 4
    W = 2
    X = 1
print(P(-1), P(-3))
try:
    P(-10)
except ValueError as e:
    print(repr(str(e)))
