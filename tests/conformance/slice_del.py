# slice: del with slices, including extended slices
lst = list(range(12))
del lst[::2]
print(lst)
del lst[1:3]
print(lst)
del lst[::-2]
print(lst)
del lst[:]
print(lst)
lst = list("abcdefg")
del lst[-3:]
print(lst)
del lst[10:20]
print(lst)
