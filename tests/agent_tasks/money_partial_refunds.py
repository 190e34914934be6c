# task: process partial refunds against captured payments, enforcing refundable balances and splitting across tenders
from dataclasses import dataclass, field


class RefundError(Exception):
    pass


@dataclass
class Payment:
    payment_id: str
    tenders: dict[str, int]                      # tender -> captured cents
    refunded: dict[str, int] = field(default_factory=dict)

    @property
    def captured(self) -> int:
        return sum(self.tenders.values())

    @property
    def refundable(self) -> int:
        return self.captured - sum(self.refunded.values())

    def refund(self, cents: int, reason: str) -> dict[str, int]:
        if cents <= 0:
            raise RefundError(f"{self.payment_id}: refund must be positive, got {cents}")
        if cents > self.refundable:
            raise RefundError(f"{self.payment_id}: {cents / 100:.2f} exceeds refundable {self.refundable / 100:.2f}")
        # refund gift card last, card first
        plan, remaining = {}, cents
        for tender in sorted(self.tenders, key=lambda t: t == "gift_card"):
            available = self.tenders[tender] - self.refunded.get(tender, 0)
            take = min(available, remaining)
            if take:
                plan[tender] = take
                self.refunded[tender] = self.refunded.get(tender, 0) + take
                remaining -= take
        return plan


payments = {
    "pay_1": Payment("pay_1", {"card": 8_999}),
    "pay_2": Payment("pay_2", {"card": 12_000, "gift_card": 5_000}),
}
REQUESTS = [
    ("pay_1", 2_500, "damaged item"),
    ("pay_2", 14_000, "order cancelled"),
    ("pay_1", 7_000, "duplicate request"),
    ("pay_2", 3_000, "shipping refund"),
    ("pay_3", 100, "unknown"),
    ("pay_1", 6_499, "rest of order"),
    ("pay_2", 0, "test"),
]

for pid, cents, reason in REQUESTS:
    try:
        payment = payments[pid]
        plan = payment.refund(cents, reason)
    except KeyError:
        print(f"ERROR no such payment {pid}")
        continue
    except RefundError as e:
        print(f"ERROR {e}")
        continue
    split = ", ".join(f"{t} {c / 100:.2f}" for t, c in plan.items())
    print(f"refund {cents / 100:>7.2f} on {pid} ({reason}): {split}; left {payment.refundable / 100:.2f}")

for p in payments.values():
    state = "fully refunded" if p.refundable == 0 else "partially refunded"
    print(f"{p.payment_id}: captured {p.captured / 100:.2f}, refunded {sum(p.refunded.values()) / 100:.2f} ({state})")
