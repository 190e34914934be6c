# task: drive a multi-step checkout wizard with per-step validation, back/next navigation and a summary
import re


class Step:
    name = ""
    fields: tuple = ()

    def validate(self, data: dict) -> list[str]:
        return [f"{f} is required" for f in self.fields if not str(data.get(f, "")).strip()]


class Shipping(Step):
    name, fields = "shipping", ("name", "street", "zip")

    def validate(self, data):
        errors = super().validate(data)
        if data.get("zip") and not re.fullmatch(r"\d{5}", data["zip"]):
            errors.append(f"zip {data['zip']!r} must be 5 digits")
        return errors


class Delivery(Step):
    name, fields = "delivery", ("speed",)
    PRICES = {"standard": 0, "express": 9.5}

    def validate(self, data):
        errors = super().validate(data)
        if data.get("speed") and data["speed"] not in self.PRICES:
            errors.append(f"unknown speed {data['speed']!r}")
        return errors


class Payment(Step):
    name, fields = "payment", ("card",)

    def validate(self, data):
        errors = super().validate(data)
        digits = re.sub(r"\D", "", data.get("card", ""))
        if digits and (len(digits) != 16 or sum(int(d) for d in digits) % 10 != 0):
            errors.append("card number failed checks")
        return errors


class Wizard:
    def __init__(self, steps):
        self.steps, self.index, self.data, self.done = steps, 0, {}, False

    @property
    def current(self) -> Step:
        return self.steps[self.index]

    def handle(self, action: str, payload: dict | None = None) -> str:
        if self.done:
            return "already submitted"
        if action == "fill":
            self.data.update(payload or {})
            return f"updated {sorted(payload)}"
        if action == "back":
            self.index = max(0, self.index - 1)
            return f"back to {self.current.name}"
        if action == "next":
            errors = self.current.validate(self.data)
            if errors:
                return "blocked: " + "; ".join(errors)
            if self.index == len(self.steps) - 1:
                self.done = True
                return "submitted"
            self.index += 1
            return f"on to {self.current.name}"
        raise ValueError(f"unknown action {action!r}")


wiz = Wizard([Shipping(), Delivery(), Payment()])
session = [("next", None), ("fill", {"name": "Ada", "street": "1 Loop Rd", "zip": "9021"}), ("next", None),
           ("fill", {"zip": "90210"}), ("next", None), ("fill", {"speed": "teleport"}), ("next", None),
           ("fill", {"speed": "express"}), ("next", None), ("back", None), ("next", None),
           ("fill", {"card": "4111 1111 1111 1111"}), ("next", None), ("fill", {"card": "4111-1111-1111-1112"}),
           ("next", None), ("next", None), ("jump", None)]
for action, payload in session:
    step = wiz.current.name
    try:
        print(f"[{step:<8}] {action:<5} -> {wiz.handle(action, payload)}")
    except ValueError as e:
        print(f"[{step:<8}] {action:<5} -> error: {e}")
shipping_fee = Delivery.PRICES[wiz.data["speed"]]
masked = "**** " + re.sub(r"\D", "", wiz.data["card"])[-4:]
print(f"order for {wiz.data['name']}, {wiz.data['street']} {wiz.data['zip']}, {wiz.data['speed']} (+${shipping_fee}), card {masked}")
