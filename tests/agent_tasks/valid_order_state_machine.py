# task: validate sequences of order status events against an allowed-transition state machine built on Enum
from enum import Enum, auto


class OrderState(Enum):
    CREATED = auto()
    PAID = auto()
    PACKED = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()


S = OrderState
TRANSITIONS: dict[OrderState, set[OrderState]] = {
    S.CREATED: {S.PAID, S.CANCELLED},
    S.PAID: {S.PACKED, S.CANCELLED, S.REFUNDED},
    S.PACKED: {S.SHIPPED, S.CANCELLED},
    S.SHIPPED: {S.DELIVERED},
    S.DELIVERED: {S.REFUNDED},
    S.CANCELLED: set(),
    S.REFUNDED: set(),
}
TERMINAL = {s for s, nxt in TRANSITIONS.items() if not nxt}


class IllegalTransition(Exception):
    def __init__(self, order_id: str, src: OrderState, dst: OrderState):
        allowed = ", ".join(sorted(s.name for s in TRANSITIONS[src])) or "nothing (terminal)"
        super().__init__(f"order {order_id}: {src.name} -> {dst.name} not allowed; {src.name} can go to {allowed}")


EVENT_STREAMS = {
    "o-1": ["PAID", "PACKED", "SHIPPED", "DELIVERED"],
    "o-2": ["PAID", "SHIPPED"],
    "o-3": ["CANCELLED", "PAID"],
    "o-4": ["PAID", "PACKED", "SHIPPED", "DELIVERED", "REFUNDED"],
    "o-5": ["PAID", "PACKED", "RETURNED"],
    "o-6": ["PAID"],
}


def replay(order_id: str, events: list[str]) -> OrderState:
    state = S.CREATED
    for name in events:
        try:
            nxt = S[name]
        except KeyError:
            raise ValueError(f"order {order_id}: unknown status {name!r}") from None
        if nxt not in TRANSITIONS[state]:
            raise IllegalTransition(order_id, state, nxt)
        state = nxt
    return state


final_states = {}
for order_id, events in EVENT_STREAMS.items():
    try:
        final = replay(order_id, events)
    except (IllegalTransition, ValueError) as exc:
        print(f"{type(exc).__name__}: {exc}")
        continue
    final_states[order_id] = final
    done = "terminal" if final in TERMINAL else "in progress"
    print(f"order {order_id}: {' > '.join(['CREATED', *events])} [{done}]")

print({oid: st.name.lower() for oid, st in final_states.items()})
reachable_from_paid = sorted(s.name for s in TRANSITIONS[S.PAID])
print("from PAID:", reachable_from_paid, "| terminal:", sorted(s.name for s in TERMINAL))
