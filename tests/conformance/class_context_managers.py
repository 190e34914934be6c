# area: classes: user context managers tracking enter/exit order, exception suppression, timing-free resource pools
class Resource:
    log = []
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress
        self.open = False
    def __enter__(self):
        self.open = True
        Resource.log.append(f"open {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.open = False
        what = "ok" if exc_type is None else f"{exc_type.__name__}({exc})"
        Resource.log.append(f"close {self.name}: {what}")
        return exc_type is not None and issubclass(exc_type, self.suppress)

class Pool:
    def __init__(self, size):
        self.free = [f"conn{i}" for i in range(size)]
        self.busy = []
    def acquire(self):
        pool = self
        class Lease:
            def __enter__(self):
                if not pool.free:
                    raise RuntimeError("pool exhausted")
                self.conn = pool.free.pop(0)
                pool.busy.append(self.conn)
                return self.conn
            def __exit__(self, *exc):
                pool.busy.remove(self.conn)
                pool.free.append(self.conn)
                return False
        return Lease()

with Resource("db") as db, Resource("cache") as cache:
    Resource.log.append(f"using {db.name}+{cache.name} open={db.open}")
print(db.open)
with Resource("file", suppress=(KeyError,)):
    {}["missing"]
try:
    with Resource("net", suppress=(KeyError,)):
        raise ValueError("bad packet")
except ValueError as e:
    Resource.log.append(f"caught {e}")
def early():
    for i in range(3):
        with Resource(f"loop{i}"):
            if i == 1:
                return i
print(early())
print("\n".join(Resource.log))
pool = Pool(2)
with pool.acquire() as a:
    with pool.acquire() as b:
        print(a, b, pool.free)
        try:
            with pool.acquire():
                pass
        except RuntimeError as e:
            print("error:", e)
print(pool.free, pool.busy)
