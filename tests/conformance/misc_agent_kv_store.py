# area: realistic agent script: in-memory key-value store with TTLs on a virtual clock, transactions and rollback
class TxError(Exception):
    pass

class Store:
    def __init__(self):
        self.now = 0
        self.data = {}
        self.tx_stack = []
    def tick(self, dt):
        self.now += dt
    def _alive(self, key):
        item = self.data.get(key)
        if item is None:
            return False
        value, expires = item
        if expires is not None and expires <= self.now:
            del self.data[key]
            return False
        return True
    def set(self, key, value, ttl=None):
        if self.tx_stack:
            self.tx_stack[-1].append((key, self.data.get(key)))
        self.data[key] = (value, None if ttl is None else self.now + ttl)
    def get(self, key, default=None):
        return self.data[key][0] if self._alive(key) else default
    def begin(self):
        self.tx_stack.append([])
    def rollback(self):
        if not self.tx_stack:
            raise TxError("no transaction")
        for key, old in reversed(self.tx_stack.pop()):
            if old is None:
                self.data.pop(key, None)
            else:
                self.data[key] = old
    def commit(self):
        if not self.tx_stack:
            raise TxError("no transaction")
        undo = self.tx_stack.pop()
        if self.tx_stack:
            self.tx_stack[-1].extend(undo)
    def keys(self):
        return sorted(k for k in list(self.data) if self._alive(k))

s = Store()
s.set("session", "abc", ttl=10)
s.set("user", "ann")
s.tick(5)
print(s.now, s.get("session"), s.keys())
s.tick(5)
print(s.now, s.get("session", "expired"), s.keys())
s.begin()
s.set("user", "bob")
s.set("temp", 1)
s.begin()
s.set("user", "cyd")
print(s.get("user"), s.keys())
s.rollback()
print(s.get("user"), s.keys())
s.commit()
print(s.get("user"), s.keys())
s.begin()
s.set("temp", 2)
s.set("user", "dee", ttl=1)
s.rollback()
print(s.get("user"), s.get("temp"), s.keys())
for op in (s.commit, s.rollback):
    try:
        op()
    except TxError as e:
        print("TxError:", e)
