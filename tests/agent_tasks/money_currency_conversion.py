# task: convert multi-currency expenses into EUR via a rate table (with cross rates), rounding each conversion to cents
RATES_TO_EUR = {"EUR": 1.0, "USD": 0.9215, "GBP": 1.1689, "JPY": 0.006123, "CHF": 1.0432}
MINOR_UNITS = {"EUR": 2, "USD": 2, "GBP": 2, "JPY": 0, "CHF": 2}

EXPENSES = [
    ("hotel", "GBP", 42_500),      # minor units
    ("flight", "USD", 61_899),
    ("taxi", "JPY", 4_780),
    ("dinner", "CHF", 13_870),
    ("coffee", "EUR", 450),
    ("museum", "JPY", 1_200),
    ("souvenir", "SEK", 29_900),
]


class UnknownCurrency(KeyError):
    pass


def to_major(amount_minor: int, currency: str) -> float:
    return amount_minor / 10 ** MINOR_UNITS[currency]


def convert_minor(amount_minor: int, src: str, dst: str) -> int:
    if src not in RATES_TO_EUR or dst not in RATES_TO_EUR:
        raise UnknownCurrency(src if src not in RATES_TO_EUR else dst)
    rate = RATES_TO_EUR[src] / RATES_TO_EUR[dst]
    major = to_major(amount_minor, src) * rate
    return round(major * 10 ** MINOR_UNITS[dst])


def fmt(amount_minor: int, currency: str) -> str:
    digits = MINOR_UNITS[currency]
    return f"{to_major(amount_minor, currency):,.{digits}f} {currency}"


total_eur = 0
print(f"{'item':<9}{'original':>16}{'EUR':>14}")
for item, cur, amount in EXPENSES:
    try:
        eur = convert_minor(amount, cur, "EUR")
    except UnknownCurrency as e:
        print(f"{item:<9}{amount:>12} ???  skipped: no rate for {e.args[0]}")
        continue
    total_eur += eur
    print(f"{item:<9}{fmt(amount, cur):>16}{fmt(eur, 'EUR'):>14}")
print(f"{'total':<9}{'':>16}{fmt(total_eur, 'EUR'):>14}")
print()
for target in ("USD", "GBP", "JPY"):
    print(f"total in {target}: {fmt(convert_minor(total_eur, 'EUR', target), target)}")
round_trip = convert_minor(convert_minor(10_000, "USD", "JPY"), "JPY", "USD")
print(f"round trip 100.00 USD -> JPY -> USD = {fmt(round_trip, 'USD')} (lost {10_000 - round_trip} cents)")
