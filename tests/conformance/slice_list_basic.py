# slice: basic list slicing with start, stop and step
lst = list(range(10))
print(lst[2:5], lst[:3], lst[7:], lst[:], lst[-3:], lst[:-3])
print(lst[::2], lst[1::2], lst[::3], lst[2:8:2])
print(lst[-5:-2], lst[-2:-5])
print(lst[5:2], lst[3:3])
print(lst[0:10:4])
s = lst[2:4]
s.append(99)
print(lst[2:4], s)
