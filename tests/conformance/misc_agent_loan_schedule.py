# area: realistic agent script: amortisation schedule with monthly payments, rounding to cents and summary report
RATE = 0.059
YEARS = 2
PRINCIPAL = 12_000.00

n = YEARS * 12
r = RATE / 12
payment = round(PRINCIPAL * r / (1 - (1 + r) ** -n), 2)
print(f"loan {PRINCIPAL:,.2f} at {RATE:.2%} for {n} months -> payment {payment:,.2f}")
balance = PRINCIPAL
total_interest = 0.0
rows = []
for month in range(1, n + 1):
    interest = round(balance * r, 2)
    principal = round(payment - interest, 2)
    if month == n:
        principal = round(balance, 2)
    balance = round(balance - principal, 2)
    total_interest = round(total_interest + interest, 2)
    rows.append((month, interest, principal, balance))
print(f"{'month':>5} {'interest':>9} {'principal':>10} {'balance':>10}")
for i, row in enumerate(rows):
    month, interest, principal, bal = row
    if 3 <= i < len(rows) - 3:
        if i == 3:
            print(f"{'...':>5}")
        continue
    print(f"{month:>5} {interest:>9.2f} {principal:>10.2f} {bal:>10,.2f}")
print(f"total interest {total_interest:,.2f}; total paid {PRINCIPAL + total_interest:,.2f}")
half = next(m for m, _, _, b in rows if b <= PRINCIPAL / 2)
print("half paid off after month", half)
yearly = {}
for month, interest, principal, _ in rows:
    y = (month - 1) // 12 + 1
    yi, yp = yearly.get(y, (0.0, 0.0))
    yearly[y] = (round(yi + interest, 2), round(yp + principal, 2))
print(yearly)
