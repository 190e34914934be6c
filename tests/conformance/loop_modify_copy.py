# loop: iterating over a copy while modifying the original list
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
items = ["a", "b", "c"]
for x in list(items):
    items.append(x.upper())
print(items)
lst = [1, 2, 3]
i = 0
while i < len(lst):
    if lst[i] == 2:
        lst.insert(i + 1, 20)
        i += 1
    i += 1
print(lst)
