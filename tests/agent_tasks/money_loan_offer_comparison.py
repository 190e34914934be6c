# task: compare loan offers by total cost and APR including fees, solving the APR by bisection
from dataclasses import dataclass


@dataclass
class Offer:
    lender: str
    principal: float
    nominal_rate: float
    months: int
    upfront_fee: float = 0.0
    monthly_fee: float = 0.0

    def payment(self) -> float:
        r = self.nominal_rate / 12
        base = self.principal / self.months if r == 0 else self.principal * r / (1 - (1 + r) ** -self.months)
        return round(base + self.monthly_fee, 2)

    def total_cost(self) -> float:
        return round(self.payment() * self.months + self.upfront_fee - self.principal, 2)

    def apr(self) -> float:
        """Rate at which the present value of payments equals the cash actually received."""
        received = self.principal - self.upfront_fee
        pay = self.payment()

        def pv(annual: float) -> float:
            r = annual / 12
            return pay * self.months if r == 0 else pay * (1 - (1 + r) ** -self.months) / r

        lo, hi = 0.0, 1.0
        for _ in range(100):
            mid = (lo + hi) / 2
            if pv(mid) > received:
                lo = mid
            else:
                hi = mid
        return (lo + hi) / 2


OFFERS = [
    Offer("BigBank", 20_000, 0.0649, 48, upfront_fee=400),
    Offer("CreditUnion", 20_000, 0.0699, 48),
    Offer("FinTechCo", 20_000, 0.0, 48, upfront_fee=1_500, monthly_fee=10),
    Offer("QuickCash", 20_000, 0.0599, 36, monthly_fee=15),
]

print(f"{'lender':<12}{'rate':>7}{'term':>6}{'payment':>10}{'fees':>9}{'total cost':>12}{'APR':>8}")
for o in OFFERS:
    fees = o.upfront_fee + o.monthly_fee * o.months
    print(f"{o.lender:<12}{o.nominal_rate:>7.2%}{o.months:>5}m{o.payment():>10,.2f}{fees:>9,.2f}"
          f"{o.total_cost():>12,.2f}{o.apr():>8.2%}")
best_cost = min(OFFERS, key=Offer.total_cost)
best_apr = min(OFFERS, key=Offer.apr)
print(f"\nlowest total cost: {best_cost.lender} ({best_cost.total_cost():,.2f})")
print(f"lowest APR: {best_apr.lender} ({best_apr.apr():.3%})")
print(f"cheapest monthly payment: {min(OFFERS, key=Offer.payment).lender}")
