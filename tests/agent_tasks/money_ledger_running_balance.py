# task: post bank-style transactions to an account ledger in cents, showing running balance, overdraft fees and a statement
from dataclasses import dataclass
from datetime import date


class InsufficientFunds(Exception):
    pass


@dataclass
class Entry:
    day: date
    memo: str
    amount_cents: int
    balance_cents: int


class Account:
    OVERDRAFT_LIMIT = -50_000
    OVERDRAFT_FEE = 3_500

    def __init__(self, owner: str, opening_cents: int):
        self.owner = owner
        self.balance = opening_cents
        self.entries: list[Entry] = []

    def post(self, day: date, memo: str, amount: int) -> None:
        new_balance = self.balance + amount
        if new_balance < self.OVERDRAFT_LIMIT:
            raise InsufficientFunds(f"{memo}: {amount / 100:,.2f} would breach the overdraft limit")
        went_negative = self.balance >= 0 > new_balance
        self.balance = new_balance
        self.entries.append(Entry(day, memo, amount, self.balance))
        if went_negative:
            self.balance -= self.OVERDRAFT_FEE
            self.entries.append(Entry(day, "overdraft fee", -self.OVERDRAFT_FEE, self.balance))


TRANSACTIONS = [
    ("2024-05-01", "salary", 412_550), ("2024-05-02", "rent", -185_000),
    ("2024-05-03", "groceries", -12_345), ("2024-05-07", "laptop", -249_999),
    ("2024-05-08", "car repair", -95_000), ("2024-05-09", "refund", 4_999),
    ("2024-05-10", "transfer in", 60_000), ("2024-05-15", "vacation", -200_000),
]

acct = Account("R. Diaz", 25_000)
rejected = []
for day, memo, cents in TRANSACTIONS:
    try:
        acct.post(date.fromisoformat(day), memo, cents)
    except InsufficientFunds as e:
        rejected.append(str(e))

print(f"Statement for {acct.owner}, opening balance 250.00")
print(f"{'date':<11}{'memo':<14}{'debit':>11}{'credit':>11}{'balance':>12}")
for e in acct.entries:
    debit = f"{-e.amount_cents / 100:,.2f}" if e.amount_cents < 0 else ""
    credit = f"{e.amount_cents / 100:,.2f}" if e.amount_cents > 0 else ""
    print(f"{e.day.isoformat():<11}{e.memo:<14}{debit:>11}{credit:>11}{e.balance_cents / 100:>12,.2f}")
debits = sum(e.amount_cents for e in acct.entries if e.amount_cents < 0)
credits = sum(e.amount_cents for e in acct.entries if e.amount_cents > 0)
print(f"{'totals':<25}{-debits / 100:>11,.2f}{credits / 100:>11,.2f}{acct.balance / 100:>12,.2f}")
for r in rejected:
    print("rejected:", r)
