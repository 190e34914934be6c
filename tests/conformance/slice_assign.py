# slice: slice assignment can grow, shrink and replace list segments
lst = list(range(6))
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[:2] = []
print(lst)
lst[2:2] = [100, 200]
print(lst)
lst[-1:] = ["end"]
print(lst)
lst[:] = [1, 2, 3]
print(lst)
lst[len(lst):] = [4, 5]
print(lst)
lst[1:4] = "xy"
print(lst)
lst[::2] = [0, 0]
print(lst)
lst[::-1] = [9, 8, 7, 6]
print(lst)
