# set: equality ignores order and duplicates
print({1, 2, 3} == {3, 2, 1})
print({1, 2} == {1, 2, 3}, {1, 2} != {2})
print(set([1, 1, 2]) == {1, 2})
print(set() == set(), set() == {})
print({1, 2.0} == {1.0, 2})
print(sorted({1, 2} ^ {2, 3}) == [1, 3])
a = {1, 2}
b = a
b.add(3)
print(sorted(a), a == b)
