# task: validate payment requests and report failures with an Enum of error codes, severities and a summary
from enum import Enum, unique
from collections import Counter


@unique
class ErrorCode(Enum):
    MISSING_FIELD = ("E100", "error")
    INVALID_CURRENCY = ("E110", "error")
    NON_POSITIVE_AMOUNT = ("E120", "error")
    AMOUNT_TOO_LARGE = ("E121", "warning")
    BAD_CARD = ("E130", "error")
    DUPLICATE_ID = ("E140", "warning")

    def __init__(self, code: str, severity: str):
        self.code = code
        self.severity = severity


CURRENCIES = {"USD", "EUR", "GBP"}
REQUESTS = [
    {"id": "p1", "amount": 1999, "currency": "USD", "card": "4242424242424242"},
    {"id": "p2", "amount": -5, "currency": "usd", "card": "4242"},
    {"id": "p3", "amount": 2500000, "currency": "EUR", "card": "5555555555554444"},
    {"id": "p1", "amount": 100, "currency": "GBP", "card": "4000056655665556"},
    {"id": "p5", "currency": "JPY"},
]


def check(req: dict, seen_ids: set) -> list[tuple[ErrorCode, str]]:
    problems = []
    for key in ("id", "amount", "currency", "card"):
        if key not in req:
            problems.append((ErrorCode.MISSING_FIELD, key))
    if req.get("currency") and req["currency"] not in CURRENCIES:
        problems.append((ErrorCode.INVALID_CURRENCY, req["currency"]))
    amount = req.get("amount")
    if amount is not None:
        if amount <= 0:
            problems.append((ErrorCode.NON_POSITIVE_AMOUNT, str(amount)))
        elif amount > 1_000_000:
            problems.append((ErrorCode.AMOUNT_TOO_LARGE, f"{amount / 100:,.2f}"))
    card = req.get("card")
    if card is not None and (len(card) != 16 or not card.isdigit()):
        problems.append((ErrorCode.BAD_CARD, f"...{card[-4:]}"))
    if req.get("id") in seen_ids:
        problems.append((ErrorCode.DUPLICATE_ID, req["id"]))
    seen_ids.add(req.get("id"))
    return problems


seen: set = set()
tally = Counter()
for req in REQUESTS:
    problems = check(req, seen)
    blocking = [p for p in problems if p[0].severity == "error"]
    status = "REJECT" if blocking else ("ACCEPT*" if problems else "ACCEPT")
    print(f"{req.get('id', '?'):<3} {status}")
    for code, detail in problems:
        tally[code] += 1
        print(f"    {code.code} {code.name.lower()} [{code.severity}]: {detail}")

print("\nerror code summary:")
for code in ErrorCode:
    if tally[code]:
        print(f"  {code.code} {code.name:<20} x{tally[code]}")
print("lookup by value:", ErrorCode(("E130", "error")).name, "| members:", len(ErrorCode))
