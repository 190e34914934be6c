# Classes from modules carry their module: __module__, repr, and the uncaught exception's last line.
import collections
import functools
import json
import statistics
from dataclasses import FrozenInstanceError, dataclass

print(FrozenInstanceError.__name__, FrozenInstanceError.__module__, FrozenInstanceError)
print(json.JSONDecodeError.__module__, collections.deque, collections.OrderedDict)
print(type(functools.partial(int)).__name__, statistics.StatisticsError.__module__)


@dataclass(frozen=True)
class P:
    x: int


class Local:
    pass


print(Local.__module__, Local)
try:
    P(1).x = 2
except FrozenInstanceError as e:
    print(type(e).__name__, repr(e))
