# dict: counting with get and accumulating totals
votes = ["red", "blue", "red", "green", "blue", "red"]
tally = {}
for v in votes:
    tally[v] = tally.get(v, 0) + 1
print(tally)
sales = [("east", 100), ("west", 50), ("east", 25), ("north", 0), ("west", 5)]
totals = {}
for region, amount in sales:
    if region not in totals:
        totals[region] = 0
    totals[region] += amount
print(totals)
print(max(totals, key=lambda r: totals[r]))
