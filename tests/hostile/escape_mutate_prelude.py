# expect: ok
# Prelude classes and objects outlive a job in a reused VM, so scripts cannot change them (refused, or a copy).
import itertools, dataclasses, typing, functools
for attempt in [lambda: setattr(itertools.count, "__next__", None), lambda: setattr(dataclasses.MISSING, "x", 1),
                lambda: setattr(functools.partial, "evil", 1)]:
    try:
        attempt()
    except AttributeError as e:
        print("refused:", e)
d = typing.List.__dict__
d["_name"] = "hacked"
print(repr(typing.List))
try:
    del dataclasses.MISSING.x
except AttributeError as e:
    print("refused del")
class Mine:
    pass
Mine.x = 1
m = Mine()
m.y = 2
print(Mine.x, m.y)
if repr(typing.List) != "typing.List":
    print("ESCAPED: a prelude object was changed")
