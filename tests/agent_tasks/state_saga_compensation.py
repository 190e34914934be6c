# task: run a travel-booking saga whose completed steps are compensated in reverse when a later step fails
class StepFailed(Exception):
    pass


class Saga:
    def __init__(self, name: str):
        self.name = name
        self.steps = []
        self.log: list[str] = []

    def step(self, action, compensation):
        self.steps.append((action, compensation))
        return self

    def run(self, ctx: dict) -> bool:
        done = []
        for action, compensation in self.steps:
            try:
                result = action(ctx)
                self.log.append(f"  + {action.__name__}: {result}")
                done.append(compensation)
            except StepFailed as e:
                self.log.append(f"  ! {action.__name__} failed: {e}")
                for comp in reversed(done):
                    try:
                        self.log.append(f"  - {comp.__name__}: {comp(ctx)}")
                    except Exception as ce:
                        self.log.append(f"  - {comp.__name__} FAILED ({ce}); needs manual fix")
                return False
        return True


def reserve_flight(ctx):
    if ctx["dest"] == "Atlantis":
        raise StepFailed("no flights to Atlantis")
    ctx["flight"] = f"FL-{ctx['dest'][:3].upper()}"
    return ctx["flight"]


def cancel_flight(ctx):
    return f"cancelled {ctx.pop('flight')}"


def reserve_hotel(ctx):
    ctx["hotel"] = f"HT-{ctx['nights']}N"
    return ctx["hotel"]


def cancel_hotel(ctx):
    if ctx.get("hotel_sticky"):
        raise RuntimeError("hotel API refused cancellation")
    return f"cancelled {ctx.pop('hotel')}"


def charge_card(ctx):
    amount = 180 * ctx["nights"] + 420
    if amount > ctx["limit"]:
        raise StepFailed(f"card declined for {amount}")
    ctx["charged"] = amount
    return f"charged {amount}"


def refund_card(ctx):
    return f"refunded {ctx.pop('charged')}"


def send_confirmation(ctx):
    return f"emailed itinerary to {ctx['email']}"


def noop(ctx):
    return "nothing to undo"


trips = [
    {"dest": "Lisbon", "nights": 3, "limit": 2000, "email": "a@x.io"},
    {"dest": "Tokyo", "nights": 9, "limit": 1500, "email": "b@x.io"},
    {"dest": "Atlantis", "nights": 2, "limit": 5000, "email": "c@x.io"},
    {"dest": "Oslo", "nights": 12, "limit": 1000, "email": "d@x.io", "hotel_sticky": True},
]
for trip in trips:
    saga = (Saga(trip["dest"]).step(reserve_flight, cancel_flight).step(reserve_hotel, cancel_hotel)
            .step(charge_card, refund_card).step(send_confirmation, noop))
    ok = saga.run(trip)
    print(f"{saga.name}: {'BOOKED' if ok else 'ROLLED BACK'}")
    print("\n".join(saga.log))
    leftovers = sorted(k for k in ("flight", "hotel", "charged") if k in trip)
    print(f"  resources held: {leftovers or 'none'}")
