# misc: inventory updates with validation and error reporting
inventory = {"apple": 10, "pear": 4, "plum": 0}
orders = [("apple", 3), ("pear", 5), ("kiwi", 1), ("plum", 1), ("apple", -2), ("apple", 7)]
log = []
for item, qty in orders:
    try:
        if qty <= 0:
            raise ValueError(f"invalid quantity {qty} for {item}")
        stock = inventory[item]
        if stock < qty:
            raise ValueError(f"insufficient {item}: have {stock}, need {qty}")
        inventory[item] = stock - qty
        log.append(("ok", item, qty))
    except KeyError as e:
        log.append(("unknown", str(e), qty))
    except ValueError as e:
        log.append(("rejected", str(e), qty))
for entry in log:
    print(*entry, sep=" | ")
print(inventory)
restock = [k for k, v in inventory.items() if v == 0]
print("restock:", restock)
