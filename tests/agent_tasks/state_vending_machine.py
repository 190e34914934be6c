# task: vending machine state machine driven by (event, payload) tuples matched with match/case
from dataclasses import dataclass, field

PRODUCTS = {"A1": ("cola", 125, 2), "A2": ("water", 90, 0), "B1": ("chips", 150, 5), "B2": ("gum", 60, 1)}
COINS = (200, 100, 50, 20, 10)


@dataclass
class Machine:
    state: str = "idle"
    credit: int = 0
    stock: dict = field(default_factory=lambda: {k: v[2] for k, v in PRODUCTS.items()})
    sales: list = field(default_factory=list)

    def make_change(self, amount: int) -> list[int]:
        change = []
        for coin in COINS:
            while amount >= coin:
                change.append(coin)
                amount -= coin
        return change

    def handle(self, event: tuple) -> str:
        match (self.state, event):
            case ("maintenance", ("service", "done")):
                self.state = "idle"
                return "back in service"
            case ("maintenance", _):
                return "out of order"
            case (_, ("service", "start")):
                refund = self.make_change(self.credit)
                self.credit, self.state = 0, "maintenance"
                return f"maintenance mode, refunded {refund}"
            case (_, ("coin", int(value))) if value in COINS:
                self.credit += value
                self.state = "has_credit"
                return f"credit {self.credit}"
            case (_, ("coin", value)):
                return f"rejected coin {value!r}"
            case ("idle", ("select", code)):
                return "insert coins first"
            case ("has_credit", ("select", code)) if code not in PRODUCTS:
                return f"unknown product {code}"
            case ("has_credit", ("select", code)) if self.stock[code] == 0:
                return f"{PRODUCTS[code][0]} sold out"
            case ("has_credit", ("select", code)):
                name, price, _ = PRODUCTS[code]
                if self.credit < price:
                    return f"{name} costs {price}, credit {self.credit}"
                self.stock[code] -= 1
                change = self.make_change(self.credit - price)
                self.credit, self.state = 0, "idle"
                self.sales.append((name, price))
                return f"vend {name}, change {change}"
            case ("has_credit", ("cancel",)):
                refund = self.make_change(self.credit)
                self.credit, self.state = 0, "idle"
                return f"refund {refund}"
            case (state, other):
                return f"ignored {other} in {state}"


m = Machine()
script = [("select", "A1"), ("coin", 100), ("coin", 5), ("select", "A1"), ("coin", 50), ("select", "A1"),
          ("coin", 100), ("select", "A2"), ("select", "Z9"), ("cancel",), ("coin", 200), ("select", "B2"),
          ("coin", 200), ("service", "start"), ("coin", 100), ("service", "done"), ("cancel",), ("kick",)]
for ev in script:
    print(f"{str(ev):<22} [{m.state:<11}] {m.handle(ev)}")
print("sales:", m.sales, "| revenue:", sum(p for _, p in m.sales))
print("stock:", m.stock)
