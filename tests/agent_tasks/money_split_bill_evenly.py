# task: split a restaurant bill among friends in integer cents so the shares always add up exactly
def split_evenly(total_cents: int, people: list[str]) -> dict[str, int]:
    base, remainder = divmod(total_cents, len(people))
    # the first `remainder` people (alphabetically) pay one extra cent
    return {name: base + (1 if i < remainder else 0) for i, name in enumerate(sorted(people))}


def split_by_items(items: dict[str, list[tuple[int, list[str]]]], tax_tip_cents: int) -> dict[str, int]:
    owed: dict[str, int] = {}
    for item, entries in items.items():
        for price, eaters in entries:
            for name, share in split_evenly(price, eaters).items():
                owed[name] = owed.get(name, 0) + share
    food_total = sum(owed.values())
    # distribute tax+tip proportionally, then fix rounding with the largest remainder method
    raw = {n: tax_tip_cents * c / food_total for n, c in owed.items()}
    floors = {n: int(v) for n, v in raw.items()}
    leftover = tax_tip_cents - sum(floors.values())
    for n in sorted(raw, key=lambda n: (raw[n] - floors[n], n), reverse=True)[:leftover]:
        floors[n] += 1
    return {n: owed[n] + floors[n] for n in owed}


def fmt(cents: int) -> str:
    return f"${cents / 100:,.2f}"


TOTAL = 23_456
FRIENDS = ["maya", "leo", "ivy"]
even = split_evenly(TOTAL, FRIENDS)
print(f"even split of {fmt(TOTAL)}:")
for name, cents in even.items():
    print(f"  {name:<5} {fmt(cents):>8}")
print(f"  sum   {fmt(sum(even.values())):>8}  (naive {TOTAL / 3 / 100:.4f} each)")

ORDER = {
    "pizza": [(2400, ["maya", "leo", "ivy"])],
    "pasta": [(1650, ["leo"])],
    "salad": [(1100, ["maya", "ivy"])],
    "wine": [(3800, ["maya", "leo"])],
    "dessert": [(899, ["ivy", "leo", "maya"])],
}
food = sum(p for entries in ORDER.values() for p, _ in entries)
tax_tip = round(food * 0.0875) + round(food * 0.18)
shares = split_by_items(ORDER, tax_tip)
print(f"\nitemised: food {fmt(food)} + tax/tip {fmt(tax_tip)} = {fmt(food + tax_tip)}")
for name in sorted(shares):
    print(f"  {name:<5} {fmt(shares[name]):>8}")
assert sum(shares.values()) == food + tax_tip
print("  shares add up exactly:", sum(shares.values()) == food + tax_tip)
