# loop: iterating dicts by key, value and item
prices = {"apple": 1.25, "bread": 3.5, "milk": 0.99}
for item in prices:
    print(item)
for cost in prices.values():
    print(cost)
total = 0
for item, cost in prices.items():
    total += cost
    print(f"{item:<6}{cost:>6.2f}")
print(round(total, 2))
for item in list(prices):
    if prices[item] < 1:
        del prices[item]
print(prices)
