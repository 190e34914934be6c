# exceptions: ExceptionGroup / BaseExceptionGroup (split, subgroup, derive, nesting rules) and except*
class QuotaError(Exception):
    pass


eg = ExceptionGroup("batch", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [ValueError(3), KeyError("k")])])
print(repr(eg))
print(str(eg), "|", eg.message, "|", len(eg.exceptions), type(eg.exceptions).__name__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print(ExceptionGroup.__mro__)
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, LookupError))))
print(eg.subgroup(OSError), eg.split((ValueError, TypeError, KeyError))[1])
print(eg.subgroup(lambda e: True) is eg)
print(repr(BaseExceptionGroup("b", [ValueError(2)])), type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(str(ExceptionGroup("one", [ValueError()])))
print(ExceptionGroup("a", (ValueError(1),)).args)

for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup("x", ValueError()),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: eg.split(42)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def run(exc):
    try:
        raise exc
    except* ValueError as g:
        print("  ValueError part:", repr(g))
    except* (TypeError, KeyError) as g:
        print("  Type/Key part:", repr(g))
    else:
        print("  no exception")
    finally:
        print("  finally")


for exc in [eg, ValueError("naked"), ExceptionGroup("only", [TypeError(9)])]:
    print("run", repr(exc))
    run(exc)

print("unhandled rest propagates:")
try:
    try:
        raise ExceptionGroup("mixed", [ValueError(1), OSError(2), ZeroDivisionError(3)])
    except* ValueError:
        print("  handled ValueError")
except ExceptionGroup as outer:
    print("  outer got", repr(outer))

print("naked unmatched exception propagates as itself:")
try:
    try:
        raise KeyError("solo")
    except* ValueError:
        print("  not reached")
except KeyError as e:
    print("  KeyError", e)

print("a raise inside except* joins the rest:")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
except ExceptionGroup as e:
    print("  ", repr(e))
    print("  ", [type(x).__name__ for x in e.exceptions])

print("bare raise keeps the original shape:")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("  ", repr(e))

print("naked exception, handler raises:")
try:
    try:
        raise ValueError("v")
    except* ValueError:
        raise QuotaError("q")
except QuotaError as e:
    print("  QuotaError", e, type(e.__context__).__name__)

print("except* ExceptionGroup is refused:")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("  TypeError", e)


def collect(items):
    errors = []
    for i in items:
        try:
            if i % 3 == 0:
                raise QuotaError(f"quota {i}")
            if i % 2 == 0:
                raise ValueError(f"bad {i}")
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} failed", errors)


try:
    collect(range(1, 10))
except* QuotaError as g:
    print("quota:", [str(e) for e in g.exceptions])
except* ValueError as g:
    print("value:", [str(e) for e in g.exceptions])
print("done")
