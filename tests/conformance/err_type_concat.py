# area: err: concatenating str and int in a report line raises TypeError
items = [("apples", 3), ("pears", 0), ("kiwis", 12)]
lines = []
for name, n in items:
    lines.append(name.upper() + ": " + str(n))
print("\n".join(lines))
total = sum(n for _, n in items)
print("total: " + total)
