# bool: and/or return one of their operands, not necessarily a bool
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "value" or "default")
print(None or [] or 0, None and 1)
print([] and "x", [0] and "x")
print(0 or 0.0, 0.0 or 0)
name = ""
print(name or "anonymous")
items = [1]
print(items and items[0])
empty = []
print(empty and empty[0])
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None)
print(True and "yes" or "no", False and "yes" or "no")
