# slice: extended slice assignment requires matching lengths
lst = list(range(8))
lst[1::3] = ["x", "y", "z"]
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    lst[::-3] = []
except ValueError as e:
    print("ValueError:", e)
lst[::4] = (True, False)
print(lst)
try:
    (1, 2, 3)[0:1] = [5]
except TypeError as e:
    print("TypeError:", e)
