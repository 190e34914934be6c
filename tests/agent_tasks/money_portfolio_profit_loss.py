# task: compute realised and unrealised profit/loss for a stock portfolio from a trade log using FIFO lots, in cents
from collections import defaultdict, deque

TRADES = [
    ("2024-01-05", "BUY", "ACME", 100, 12_550),
    ("2024-01-20", "BUY", "ACME", 50, 13_010),
    ("2024-02-02", "BUY", "GLBX", 200, 4_275),
    ("2024-02-15", "SELL", "ACME", 120, 14_000),
    ("2024-03-01", "SELL", "GLBX", 50, 3_990),
    ("2024-03-10", "BUY", "INIT", 10, 98_000),
    ("2024-03-12", "SELL", "INIT", 15, 99_000),
]
PRICES = {"ACME": 13_725, "GLBX": 4_410, "INIT": 101_250}
FEE_CENTS = 495


def money(c: int) -> str:
    return f"{c / 100:>+11,.2f}" if c else f"{0:>11.2f}"


lots: dict[str, deque] = defaultdict(deque)
realised: dict[str, int] = defaultdict(int)
fees = 0
for day, side, sym, qty, price in TRADES:
    fees += FEE_CENTS
    if side == "BUY":
        lots[sym].append([qty, price])
        continue
    held = sum(q for q, _ in lots[sym])
    if qty > held:
        print(f"{day}: rejected SELL {qty} {sym}, only {held} held")
        fees -= FEE_CENTS
        continue
    remaining = qty
    while remaining:
        lot = lots[sym][0]
        take = min(lot[0], remaining)
        realised[sym] += take * (price - lot[1])
        lot[0] -= take
        remaining -= take
        if lot[0] == 0:
            lots[sym].popleft()

print(f"{'symbol':<7}{'shares':>7}{'avg cost':>10}{'price':>9}{'unrealised':>12}{'realised':>12}")
tot_u = tot_r = 0
for sym in sorted(set(PRICES) | set(realised)):
    shares = sum(q for q, _ in lots[sym])
    cost = sum(q * p for q, p in lots[sym])
    unrealised = shares * PRICES[sym] - cost
    avg = f"{cost / shares / 100:.2f}" if shares else "-"
    tot_u += unrealised
    tot_r += realised[sym]
    print(f"{sym:<7}{shares:>7}{avg:>10}{PRICES[sym] / 100:>9.2f}{money(unrealised)}{money(realised[sym])}")
print(f"{'total':<33}{money(tot_u)}{money(tot_r)}")
print(f"fees paid: {fees / 100:.2f}; net realised after fees: {(tot_r - fees) / 100:,.2f}")
