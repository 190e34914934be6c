# mod_: IntEnum, StrEnum and the (str, Enum) / (int, Enum) mixins: comparisons, arithmetic, formatting, json
import json
from enum import Enum, IntEnum, StrEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.HIGH, repr(Priority.LOW), f"{Priority.MEDIUM:>3}|", Priority.LOW == 1, Priority.HIGH > 2)
print(Priority.LOW + 1, 10 - Priority.HIGH, Priority.MEDIUM * 2, int(Priority.HIGH), float(Priority.LOW))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), Priority(2))
print(["a", "b", "c", "d"][Priority.HIGH], "%d/%s/%x" % (Priority.HIGH, Priority.HIGH, Priority.HIGH))
print(json.dumps({"p": Priority.HIGH, "all": list(Priority)}))
print(hash(Priority.LOW) == hash(1), {1: "one"}[Priority.LOW])


class Kind(str, Enum):
    FILE = "file"
    DIR = "dir"


print(Kind.FILE, repr(Kind.DIR), Kind.FILE == "file", Kind("dir"), Kind.FILE.upper(), Kind.DIR + "/")
print(json.dumps({"kind": Kind.FILE}), f"{Kind.DIR}", len(Kind.FILE), Kind.FILE.startswith("fi"))


class Level(int, Enum):
    DEBUG = 10
    INFO = 20


print(Level.INFO, Level.INFO > Level.DEBUG, Level.DEBUG + 5, json.dumps([Level.DEBUG]))


class Mode(StrEnum):
    READ = auto()
    WRITE = auto()


print(Mode.READ, repr(Mode.WRITE), f"<{Mode.WRITE}>", Mode("read") is Mode.READ, "-".join(Mode))
