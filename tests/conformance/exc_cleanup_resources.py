# area: exc: nested try/finally cleanup ordering with context managers and exceptions raised in cleanup
log = []

class Conn:
    def __init__(self, name, fail_on_close=False):
        self.name, self.fail_on_close = name, fail_on_close
    def __enter__(self):
        log.append(f"open {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"close {self.name} ({et.__name__ if et else 'clean'})")
        if self.fail_on_close:
            raise OSError(f"close failed for {self.name}")
        return False

def job(kind):
    try:
        with Conn("db") as db, Conn("cache", fail_on_close=(kind == "closefail")):
            log.append("work")
            if kind == "boom":
                raise ValueError("work failed")
        return "ok"
    except ValueError as e:
        log.append(f"handled {e!r}")
        return "recovered"
    except OSError as e:
        ctx = type(e.__context__).__name__ if e.__context__ else None
        log.append(f"cleanup error {e} (context: {ctx})")
        return "cleanup-error"
    finally:
        log.append("finally")

for kind in ["clean", "boom", "closefail"]:
    log.clear()
    result = job(kind)
    print(f"{kind}: {result}")
    for line in log:
        print("   ", line)

def nested():
    out = []
    try:
        try:
            raise KeyError("inner")
        finally:
            out.append("inner finally")
    except KeyError as e:
        out.append(f"outer caught {e}")
    finally:
        out.append("outer finally")
    return out
print(nested())
