# list: error messages from pop, remove, index and out-of-range access
lst = [1, 2, 3]
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    lst.pop(10)
except IndexError as e:
    print("IndexError:", e)
try:
    lst.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    print(lst[3])
except IndexError as e:
    print("IndexError:", e)
try:
    lst[-4] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    lst["0"]
except TypeError as e:
    print("TypeError:", e)
print(lst)
