# task: settle shared trip expenses with the minimum number of transfers using a greedy creditor/debtor match
import heapq
from collections import defaultdict

EXPENSES = [
    ("ana", 24_000, ["ana", "ben", "cat", "dan"]),   # cabin deposit
    ("ben", 8_640, ["ana", "ben", "cat"]),           # groceries
    ("cat", 5_500, ["cat", "dan"]),                  # kayak rental
    ("dan", 12_300, ["ana", "ben", "cat", "dan"]),   # fuel
    ("ana", 3_333, ["ben", "dan"]),                  # tickets bought for others
]


def money(c: int) -> str:
    return f"{c / 100:,.2f}"


balance: dict[str, int] = defaultdict(int)
for payer, cents, participants in EXPENSES:
    share, extra = divmod(cents, len(participants))
    for i, person in enumerate(sorted(participants)):
        balance[person] -= share + (1 if i < extra else 0)
    balance[payer] += cents

print("net balances (+ is owed money):")
for person in sorted(balance):
    print(f"  {person:<4}{balance[person] / 100:>+10.2f}")
assert sum(balance.values()) == 0

creditors = [(-amt, name) for name, amt in balance.items() if amt > 0]
debtors = [(amt, name) for name, amt in balance.items() if amt < 0]
heapq.heapify(creditors)
heapq.heapify(debtors)
transfers = []
while creditors and debtors:
    credit, creditor = heapq.heappop(creditors)
    debt, debtor = heapq.heappop(debtors)
    amount = min(-credit, -debt)
    transfers.append((debtor, creditor, amount))
    if -credit > amount:
        heapq.heappush(creditors, (credit + amount, creditor))
    if -debt > amount:
        heapq.heappush(debtors, (debt + amount, debtor))

print(f"\n{len(transfers)} transfers settle everything:")
for debtor, creditor, amount in transfers:
    print(f"  {debtor} pays {creditor} {money(amount)}")
total_spent = sum(c for _, c, _ in EXPENSES)
print(f"trip total {money(total_spent)}, moved {money(sum(a for *_, a in transfers))}")
