# Members of IntEnum, StrEnum and (int, Enum) / (str, Enum) classes are ints and strs, as in CPython.
import json
from enum import Enum, IntEnum, StrEnum, auto


class Perm(IntEnum):
    READ = 4
    WRITE = 2
    EXEC = 1


mode = 6
print(mode & Perm.READ, bool(mode & Perm.EXEC), Perm.READ | Perm.WRITE, Perm.READ ^ 7, ~Perm.EXEC, Perm.READ << 1)
print(isinstance(Perm.READ, int), isinstance(Perm.READ, Perm), Perm.READ == 4, 4 == Perm.READ, Perm(2), Perm["EXEC"])
print(Perm.READ + Perm.WRITE, 10 - Perm.READ, Perm.READ * 2.5, Perm.READ / 8, Perm.READ // 3, Perm.READ % 3, -Perm.READ)
print(Perm.READ ** 2, divmod(Perm.READ, 3), abs(Perm.EXEC), round(Perm.READ), int(Perm.WRITE), float(Perm.WRITE))
print(sorted(Perm), max(Perm), min(Perm), sum(Perm), list(range(Perm.WRITE)), [0, 1, 2, 3, 4][Perm.READ])
print(f"{Perm.READ}", f"{Perm.READ:>4}|", str(Perm.WRITE), repr(Perm.WRITE), "%d-%s-%x" % (Perm.READ, Perm.READ, 10))
print(json.dumps({"perm": Perm.READ, "all": list(Perm)}), hash(Perm.READ) == hash(4), {4: "r"}[Perm.READ])
print(Perm.READ.bit_length(), Perm.READ.name, Perm.READ.value, type(Perm.READ + 1).__name__)


class Color(StrEnum):
    RED = auto()
    GREEN = "green"


print(Color.RED, Color.RED == "red", isinstance(Color.RED, str), Color.GREEN.upper(), Color.RED + "!", len(Color.GREEN))
print(f"{Color.GREEN}", "-".join([Color.RED, Color.GREEN]), json.dumps([Color.RED]), Color("green"), "gre" in Color.GREEN)
print(Color.RED.startswith("r"), Color.GREEN[1:3], sorted([Color.RED, Color.GREEN]), Color.RED.name, repr(Color.RED))


class Kind(str, Enum):
    FILE = "file"
    DIR = "dir"


print(Kind.FILE == "file", isinstance(Kind.FILE, str), str(Kind.FILE), Kind.DIR.value, json.dumps({"k": Kind.DIR}))
print(Kind("dir"), Kind.FILE.upper(), Kind.FILE.replace("f", "F"), {"file": 1}[Kind.FILE], Kind.DIR in ["dir"])


class Level(int, Enum):
    LOW = 1
    HIGH = 10

    def doubled(self):
        return self * 2


print(Level.HIGH > Level.LOW, Level.HIGH > 5, Level.LOW.doubled(), Level(10), isinstance(Level.LOW, int), Level.HIGH + 0)


class Plain(Enum):
    A = 1
    B = 2


print(Plain.A == 1, isinstance(Plain.A, int), Plain.A == Plain.A, Plain.A != Plain.B, len({Plain.A, Plain.B, Plain.A}))
try:
    Plain.A < Plain.B
except TypeError as e:
    print("TypeError", e)
try:
    Perm(3)
except ValueError as e:
    print("ValueError", e)
