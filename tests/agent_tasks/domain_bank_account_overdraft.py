# task: model bank accounts with validation, overdraft rules and a statement
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance is {account.balance:.2f}")
        self.shortfall = amount - account.balance


class Account:
    interest_rate = 0.0
    _next_number = 1000

    def __init__(self, owner: str, balance: float = 0.0):
        self.owner = owner
        self._balance = 0.0
        self.balance = balance
        self.history: list[tuple[str, float]] = []
        Account._next_number += 1
        self.number = Account._next_number

    @property
    def balance(self) -> float:
        return self._balance

    @balance.setter
    def balance(self, value: float) -> None:
        if value < -self.overdraft_limit():
            raise ValueError(f"balance {value} below allowed limit")
        self._balance = round(value, 2)

    def overdraft_limit(self) -> float:
        return 0.0

    def deposit(self, amount: float) -> None:
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount: float) -> None:
        if self.balance - amount < -self.overdraft_limit():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", -amount))

    def apply_interest(self) -> None:
        if self.balance > 0 and self.interest_rate:
            gained = round(self.balance * self.interest_rate, 2)
            self.deposit(gained)

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, balance={self.balance:.2f})"


class Savings(Account):
    interest_rate = 0.015


class Checking(Account):
    def overdraft_limit(self) -> float:
        return 100.0


accounts = [Checking("alice", 50), Savings("bob", 1200), Account("carol")]
operations = [
    (0, "withdraw", 120), (1, "withdraw", 200), (2, "deposit", 30),
    (0, "withdraw", 50), (2, "withdraw", 45), (1, "deposit", -5), (2, "deposit", 15.555),
]
for idx, op, amount in operations:
    acct = accounts[idx]
    try:
        getattr(acct, op)(amount)
        print(f"ok   {op:<8} {amount:>8.2f} -> {acct!r}")
    except InsufficientFunds as e:
        print(f"FAIL {e} (short by {e.shortfall:.2f})")
    except ValueError as e:
        print(f"FAIL {type(e).__name__}: {e}")

for acct in accounts:
    acct.apply_interest()

print("\nStatements:")
for acct in accounts:
    moves = ", ".join(f"{kind}:{amt:+.2f}" for kind, amt in acct.history) or "(none)"
    print(f"{acct}\n    {moves}")
print("total holdings:", round(sum(a.balance for a in accounts), 2))
