# area: classes: observable model with property setters notifying subscribers, change batching and derived values
class Observable:
    def __init__(self):
        super().__setattr__("_listeners", [])
        super().__setattr__("_batch", None)
    def subscribe(self, fn):
        self._listeners.append(fn)
    def __setattr__(self, name, value):
        old = self.__dict__.get(name, None)
        super().__setattr__(name, value)
        if name.startswith("_") or old == value:
            return
        if self._batch is not None:
            self._batch.append((name, old, value))
        else:
            for fn in self._listeners:
                fn([(name, old, value)])
    def begin(self):
        super().__setattr__("_batch", [])
    def commit(self):
        changes = self._batch
        super().__setattr__("_batch", None)
        if changes:
            for fn in self._listeners:
                fn(changes)

class Cart(Observable):
    def __init__(self):
        super().__init__()
        self.items = 0
        self.subtotal = 0.0
    @property
    def shipping(self):
        return 0.0 if self.subtotal >= 50 else 4.99
    @property
    def total(self):
        return round(self.subtotal + self.shipping, 2)

log = []
cart = Cart()
cart.subscribe(lambda ch: log.append(", ".join(f"{n}: {o!r}->{v!r}" for n, o, v in ch)))
cart.subscribe(lambda ch: log.append(f"  total now {cart.total}"))
cart.items = 1
cart.subtotal = 19.5
cart.subtotal = 19.5
cart.begin()
cart.items = 3
cart.subtotal = 58.5
cart.commit()
cart.begin()
cart.commit()
print("\n".join(log))
print(cart.items, cart.subtotal, cart.shipping, cart.total, sorted(k for k in cart.__dict__ if not k.startswith("_")))
