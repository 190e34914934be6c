# area: from module import * binds the public names of allowlisted modules (native and Python-written)
from math import *
from collections import *
from re import *
print(sqrt(16), floor(2.7), pi > 3)
print(Counter("hello").most_common(1), OrderedDict(a=1))
print(findall(r"[a-z]+", "ab cd"), sub(r"\s", "_", "a b"))
d = deque([1, 2])
d.appendleft(0)
print(d)
