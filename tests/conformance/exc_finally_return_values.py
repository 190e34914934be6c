# area: exc: interplay of return/break/continue with finally, exceptions swallowed by finally-return, and else clauses
def a():
    try:
        return "try"
    finally:
        print("  a: finally")

def b():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the error"

def c():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    else:
        out.append("else")
    return out

def d(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        return "div0"
    else:
        return f"else {r}"
    finally:
        print(f"  d({x}): finally")

def e():
    log = []
    try:
        try:
            raise KeyError("k")
        except KeyError:
            log.append("inner except")
            raise
        finally:
            log.append("inner finally")
    except KeyError as err:
        log.append(f"outer caught {err}")
    return log

print(a())
print(b())
print(c())
print(d(2), d(0))
print(e())
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("  loop finally", count)
print("count", count)
