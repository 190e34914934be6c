# area: err: KeyError for an integer id in a lookup table
prices = {101: 2.5, 102: 4.0, 103: 1.25}
basket = [101, 103, 103, 104]
total = 0
for pid in basket:
    if pid in prices:
        print("item", pid, "costs", prices[pid])
    total += prices[pid]
print(total)
