from enum import Enum
class C(Enum):
    RED = 1
print([n for n in dir(C.RED) if not n.startswith('_')])
try:
    C.first
except AttributeError as e:
    print(e)
