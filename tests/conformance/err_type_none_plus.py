# area: err: adding to a value that came back as None from a dict.get raises TypeError with both operand types
totals = {"north": 120, "south": 80}
updates = [("north", 5), ("south", -10), ("east", 7)]
for region, delta in updates:
    current = totals.get(region)
    print("updating", region, "from", current)
    totals[region] = current + delta
print(totals)
