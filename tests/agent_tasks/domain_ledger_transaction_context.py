# task: apply ledger transfers atomically with a rollback-on-error context manager
import copy


class Ledger:
    def __init__(self, balances: dict[str, int]):
        self.balances = dict(balances)
        self.journal: list[str] = []

    def transfer(self, src: str, dst: str, amount: int) -> None:
        if src not in self.balances or dst not in self.balances:
            raise KeyError(f"unknown account in {src}->{dst}")
        if self.balances[src] < amount:
            raise ValueError(f"{src} has {self.balances[src]}, needs {amount}")
        self.balances[src] -= amount
        self.balances[dst] += amount
        self.journal.append(f"{src}->{dst}:{amount}")

    def transaction(self, label: str) -> "Transaction":
        return Transaction(self, label)


class Transaction:
    def __init__(self, ledger: Ledger, label: str):
        self.ledger = ledger
        self.label = label
        self.outcome = "pending"

    def __enter__(self) -> Ledger:
        self._snapshot = copy.deepcopy((self.ledger.balances, self.ledger.journal))
        return self.ledger

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            self.outcome = "committed"
            return False
        self.ledger.balances, self.ledger.journal = self._snapshot
        self.outcome = f"rolled back ({exc_type.__name__}: {exc})"
        # swallow business errors, let programming errors propagate
        return issubclass(exc_type, (ValueError, KeyError))


ledger = Ledger({"ops": 500, "payroll": 200, "savings": 1000})
batches = {
    "monthly": [("savings", "ops", 300), ("ops", "payroll", 600)],
    "overdraw": [("payroll", "ops", 100), ("payroll", "savings", 500)],
    "typo": [("ops", "savngs", 10)],
    "small": [("ops", "savings", 50), ("savings", "payroll", 25)],
}
for label, moves in batches.items():
    tx = ledger.transaction(label)
    with tx as led:
        for src, dst, amt in moves:
            led.transfer(src, dst, amt)
    print(f"{label:<9} {tx.outcome}")
    print(f"          balances={ledger.balances}")

try:
    with ledger.transaction("bug") as led:
        led.transfer("ops", "payroll", 1)
        led.balances["ops"] / 0
except ZeroDivisionError as e:
    print("propagated:", type(e).__name__, e)
print("journal:", ledger.journal)
print("total money conserved:", sum(ledger.balances.values()) == 1700)
