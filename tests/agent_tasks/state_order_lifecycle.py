# task: drive e-commerce orders through a lifecycle state machine and reject invalid transitions
from enum import Enum
from dataclasses import dataclass, field


class OrderState(Enum):
    CREATED = "created"
    PAID = "paid"
    PACKED = "packed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


TRANSITIONS = {
    OrderState.CREATED: {"pay": OrderState.PAID, "cancel": OrderState.CANCELLED},
    OrderState.PAID: {"pack": OrderState.PACKED, "cancel": OrderState.REFUNDED},
    OrderState.PACKED: {"ship": OrderState.SHIPPED, "cancel": OrderState.REFUNDED},
    OrderState.SHIPPED: {"deliver": OrderState.DELIVERED},
    OrderState.DELIVERED: {"return": OrderState.REFUNDED},
}


class InvalidTransition(Exception):
    pass


@dataclass
class Order:
    order_id: str
    state: OrderState = OrderState.CREATED
    history: list[str] = field(default_factory=list)

    def fire(self, event: str) -> None:
        allowed = TRANSITIONS.get(self.state, {})
        if event not in allowed:
            options = ", ".join(sorted(allowed)) or "none (terminal)"
            raise InvalidTransition(f"{self.order_id}: cannot '{event}' when {self.state.value}; allowed: {options}")
        new = allowed[event]
        self.history.append(f"{self.state.value}-[{event}]->{new.value}")
        self.state = new

    @property
    def is_terminal(self) -> bool:
        return not TRANSITIONS.get(self.state)


EVENT_LOG = """
A100 pay
A100 pack
A101 cancel
A100 ship
A102 pay
A101 pay
A100 deliver
A102 cancel
A103 ship
A100 return
A102 ship
"""
orders: dict[str, Order] = {}
errors = []
for line in EVENT_LOG.strip().splitlines():
    oid, event = line.split()
    order = orders.setdefault(oid, Order(oid))
    try:
        order.fire(event)
    except InvalidTransition as e:
        errors.append(str(e))

for order in orders.values():
    print(f"{order.order_id}: {order.state.name:<9} terminal={order.is_terminal!s:<5} {' '.join(order.history) or '(no changes)'}")
print(f"\n{len(errors)} rejected events:")
for e in errors:
    print("  -", e)
reachable = {s for targets in TRANSITIONS.values() for s in targets.values()}
print("states never entered from another state:", [s.name for s in OrderState if s not in reachable])
