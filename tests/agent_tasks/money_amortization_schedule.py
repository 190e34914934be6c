# task: print a loan amortisation schedule in integer cents with a final-payment adjustment so the balance hits zero
import math


def monthly_payment_cents(principal_cents: int, annual_rate: float, months: int) -> int:
    r = annual_rate / 12
    if r == 0:
        return math.ceil(principal_cents / months)
    payment = principal_cents * r / (1 - (1 + r) ** -months)
    return round(payment)


def schedule(principal_cents: int, annual_rate: float, months: int):
    payment = monthly_payment_cents(principal_cents, annual_rate, months)
    balance = principal_cents
    for month in range(1, months + 1):
        interest = round(balance * annual_rate / 12)
        principal = payment - interest
        if month == months or principal > balance:
            principal = balance
        balance -= principal
        yield month, principal + interest, interest, principal, balance


def money(cents: int) -> str:
    return f"{cents / 100:,.2f}"


PRINCIPAL = 1_250_000  # $12,500.00
RATE = 0.069
MONTHS = 12

print(f"Loan {money(PRINCIPAL)} at {RATE:.2%} APR over {MONTHS} months")
print(f"scheduled payment: {money(monthly_payment_cents(PRINCIPAL, RATE, MONTHS))}\n")
print(f"{'#':>3}{'payment':>12}{'interest':>11}{'principal':>12}{'balance':>12}")
total_paid = total_interest = 0
for month, pay, interest, principal, balance in schedule(PRINCIPAL, RATE, MONTHS):
    total_paid += pay
    total_interest += interest
    print(f"{month:>3}{money(pay):>12}{money(interest):>11}{money(principal):>12}{money(balance):>12}")
print("-" * 50)
print(f"{'':>3}{money(total_paid):>12}{money(total_interest):>11}{money(total_paid - total_interest):>12}")
print(f"interest is {total_interest / PRINCIPAL:.2%} of the principal")
for rate in (0.0, 0.05, 0.12):
    print(f"  at {rate:>5.1%}: payment {money(monthly_payment_cents(PRINCIPAL, rate, MONTHS))}")
