# area: enum: Flag and IntFlag values below zero are complements within the members' bits; out-of-range values are refused with CPython's message
from enum import Flag, IntFlag
class P(Flag):
    R = 4
    W = 2
    X = 1
print(P(-1), P(-3), P(-8), repr(P(-1)), P(-1) is P(7))
for v in (-10, -9, 8):
    try:
        P(v)
    except ValueError as e:
        print(repr(str(e)))
class Q(IntFlag):
    A = 1
    B = 2
print(Q(-1), repr(Q(-1)), Q(-3), repr(Q(-10)), Q(5), repr(Q(-4)))
