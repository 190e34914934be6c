# list: index (with start), count and membership
lst = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(lst.index(5), lst.index(5, 5), lst.index(1))
print(lst.count(5), lst.count(1), lst.count(7))
print(5 in lst, 7 in lst, 7 not in lst)
try:
    lst.index(42)
except ValueError as e:
    print(e)
mixed = [1, "1", 1.0, True, None]
print(mixed.count(1), mixed.count("1"), mixed.count(None))
print(mixed.index(True))
