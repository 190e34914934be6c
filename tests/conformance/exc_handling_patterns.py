# area: exc: try/except/else/finally ordering, exception groups by tuple, re-raising with context, custom hierarchy
class AppError(Exception):
    code = 1
class NotFound(AppError):
    code = 404
class Forbidden(AppError):
    code = 403

def handle(kind):
    log = []
    try:
        log.append("try")
        if kind == "notfound":
            raise NotFound("no such item")
        if kind == "forbidden":
            raise Forbidden("nope")
        if kind == "value":
            raise ValueError("bad value")
        if kind == "key":
            {}["k"]
    except (NotFound, KeyError) as e:
        log.append(f"lookup:{type(e).__name__}")
    except AppError as e:
        log.append(f"app:{e.code}:{e}")
    except Exception as e:
        log.append(f"other:{e!r}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for k in ["ok", "notfound", "forbidden", "value", "key"]:
    print(f"{k:<10}", handle(k))

def f(n):
    try:
        return f"return {n}"
    finally:
        if n == 2:
            return "finally overrides"
print(f(1), "|", f(2))

def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            print("  finally", i)
    return i
print("g ->", g())

try:
    try:
        int("x")
    except ValueError as e:
        raise AppError("wrapped") from e
except AppError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise ValueError("clean") from None
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
print(issubclass(NotFound, AppError), isinstance(Forbidden(), Exception), NotFound.code, AppError().code)
