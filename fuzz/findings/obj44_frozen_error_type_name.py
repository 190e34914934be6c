# The type name that nPython reports for this uncaught exception (RunOutcome::Raised's type_name, what
# `npython run` and the API show) is 'dataclasses.FrozenInstanceError'; CPython's type(e).__name__ is
# 'FrozenInstanceError' (its traceback shows the qualified name too). The same as the documented
# StatisticsError case, for another prelude module.
from dataclasses import dataclass
@dataclass(frozen=True)
class D:
    x: int
d = D(1)
try:
    d.x = 9
except Exception as e:
    print(type(e).__name__)
d.x = 9
