# task: project a savings plan with monthly deposits and compound interest, comparing compounding frequencies
def project(initial: float, monthly: float, annual_rate: float, years: int, per_year: int) -> list[tuple[int, float, float]]:
    """Return (year, contributed, balance) at each year end; deposits at month end, interest per period."""
    balance, contributed, rows = initial, initial, []
    months_per_period = 12 // per_year
    rate = annual_rate / per_year
    for month in range(1, years * 12 + 1):
        balance += monthly
        contributed += monthly
        if month % months_per_period == 0:
            balance *= 1 + rate
        if month % 12 == 0:
            rows.append((month // 12, contributed, round(balance, 2)))
    return rows


INITIAL, MONTHLY, RATE, YEARS = 5_000.00, 250.00, 0.045, 10

print(f"start {INITIAL:,.2f}, deposit {MONTHLY:,.2f}/month, {RATE:.1%} APR, {YEARS} years, monthly compounding")
print(f"{'year':>4}{'contributed':>14}{'balance':>14}{'interest':>12}")
for year, contributed, balance in project(INITIAL, MONTHLY, RATE, YEARS, 12):
    print(f"{year:>4}{contributed:>14,.2f}{balance:>14,.2f}{balance - contributed:>12,.2f}")

print("\ncompounding frequency comparison after 10 years:")
for label, per_year in (("annual", 1), ("quarterly", 4), ("monthly", 12)):
    final = project(INITIAL, MONTHLY, RATE, YEARS, per_year)[-1][2]
    print(f"  {label:<10} {final:>12,.2f}")

target = 50_000
months, balance = 0, INITIAL
while balance < target:
    months += 1
    balance = (balance + MONTHLY) * (1 + RATE / 12)
print(f"\nreaching {target:,} takes {months // 12} years {months % 12} months (balance {balance:,.2f})")
apy = (1 + RATE / 12) ** 12 - 1
print(f"APY for {RATE:.2%} compounded monthly: {apy:.4%}")
print(f"rule of 72 doubling time: {72 / (RATE * 100):.1f} years")
