# area: realistic agent script: warehouse inventory with classes, reservations, custom errors and a restock plan
class StockError(Exception):
    pass

class OutOfStock(StockError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} available")

class Product:
    def __init__(self, sku, name, on_hand, reorder_at):
        self.sku, self.name = sku, name
        self.on_hand, self.reserved, self.reorder_at = on_hand, 0, reorder_at
    @property
    def available(self):
        return self.on_hand - self.reserved
    def reserve(self, n):
        if n > self.available:
            raise OutOfStock(self.sku, n, self.available)
        self.reserved += n
    def __repr__(self):
        return f"Product({self.sku}, avail={self.available}/{self.on_hand})"

class Warehouse:
    def __init__(self, products):
        self.products = {p.sku: p for p in products}
        self.failed = []
    def __getitem__(self, sku):
        try:
            return self.products[sku]
        except KeyError:
            raise StockError(f"unknown sku {sku}") from None
    def __contains__(self, sku):
        return sku in self.products
    def __len__(self):
        return len(self.products)
    def place(self, order_id, lines):
        try:
            for sku, n in lines:
                self[sku]
            for sku, n in lines:
                self[sku].reserve(n)
            return True
        except StockError as e:
            self.failed.append((order_id, str(e), type(e).__name__))
            return False
    def restock_plan(self):
        return {p.sku: p.reorder_at * 2 - p.available for p in self.products.values() if p.available <= p.reorder_at}

wh = Warehouse([Product("A-1", "anvil", 10, 3), Product("B-2", "bolt", 200, 50), Product("C-3", "crate", 4, 2)])
orders = [("o1", [("A-1", 4), ("B-2", 100)]), ("o2", [("C-3", 5)]), ("o3", [("Z-9", 1)]),
          ("o4", [("A-1", 5), ("C-3", 3)]), ("o5", [("A-1", 2)])]
for oid, lines in orders:
    print(oid, "placed" if wh.place(oid, lines) else "rejected")
print(list(wh.products.values()))
for f in wh.failed:
    print("failed:", f)
print("restock:", wh.restock_plan(), len(wh), "B-2" in wh, "Q" in wh)
