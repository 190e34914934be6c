# area: classes: proxy objects delegating via __getattr__, call logging, read-only wrappers rejecting writes via __setattr__
class Service:
    def __init__(self):
        self.version = "1.2"
        self.calls = 0
    def fetch(self, key):
        self.calls += 1
        return f"value-of-{key}"
    def store(self, key, value):
        self.calls += 1
        return f"stored {key}={value}"

class LoggingProxy:
    def __init__(self, target, log):
        super().__setattr__("_target", target)
        super().__setattr__("_log", log)
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if not callable(attr):
            self._log.append(f"get {name}")
            return attr
        def wrapper(*args, **kwargs):
            self._log.append(f"call {name}{args}")
            try:
                result = attr(*args, **kwargs)
            except Exception as e:
                self._log.append(f"  raised {type(e).__name__}")
                raise
            self._log.append(f"  -> {result!r}")
            return result
        return wrapper
    def __setattr__(self, name, value):
        self._log.append(f"set {name}={value!r}")
        setattr(self._target, name, value)

class ReadOnly:
    def __init__(self, target):
        super().__setattr__("_t", target)
    def __getattr__(self, name):
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        raise AttributeError(f"read-only proxy: cannot set {name!r}")

log = []
svc = Service()
p = LoggingProxy(svc, log)
p.fetch("a")
p.store("b", 2)
print(p.version)
p.version = "1.3"
try:
    p.delete("x")
except AttributeError as e:
    log.append(f"AttributeError: {e}")
print("\n".join(log))
print(svc.version, svc.calls)
ro = ReadOnly(svc)
print(ro.fetch("z"), ro.calls)
try:
    ro.calls = 0
except AttributeError as e:
    print("AttributeError:", e)
print(svc.calls, hasattr(ro, "fetch"), hasattr(ro, "nope"))
