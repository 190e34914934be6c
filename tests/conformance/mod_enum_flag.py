# enum.Flag and IntFlag: bit operators, pseudo-members, iteration, len, in, invalid values, ints.
from enum import Flag, IntFlag, auto, Enum

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()

print(list(Perm), len(Perm), list(Color), [c.value for c in Color])
rw = Perm.R | Perm.W
print(rw, repr(rw), rw.name, rw.value, rw is Perm.RW)
rx = Perm.R | Perm.X
print(rx, repr(rx), rx.name, rx.value, list(rx), len(rx))
print(Perm.R in rx, Perm.W in rx, bool(Perm(0)), repr(Perm(0)), str(Perm(0)), Perm(0).name)
print(repr(~Perm.R), repr(~rw), repr(Perm.R & Perm.W), repr(rx ^ Perm.R), repr(Perm(5)))
print(Color.RED | Color.BLUE, repr(Color(7)), isinstance(Color.RED, Color), Color.RED == Color.RED, Color["GREEN"])
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

m = Mode.READ | Mode.WRITE
print(m, repr(m), int(m), m & 4, m == 6, isinstance(m, int), Mode.READ + 1, f"{m}", "%d" % m)
print(repr(Mode(8)), repr(Mode.READ | 8), repr(~Mode.READ), Mode.EXEC in m, list(m), repr(Mode(0)))
print(m & Mode.READ, bool(m & Mode.EXEC), hash(Mode.READ) == hash(4), {Mode.READ: "r"}[4])
perms = Mode(0)
for p in [Mode.READ, Mode.EXEC]:
    perms |= p
print(repr(perms), perms.name, sorted(Mode, key=lambda x: x.value))
print(Perm.R.name, Perm.RW.name, repr(Perm.RW), list(Perm.RW))
