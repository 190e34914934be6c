# area: err: subtracting a string from an int (unsupported operand types) raises TypeError
inventory = {"apples": "12", "pears": 7}
for k, v in inventory.items():
    print(k, type(v).__name__)
remaining = {k: 20 - v for k, v in inventory.items()}
print(remaining)
