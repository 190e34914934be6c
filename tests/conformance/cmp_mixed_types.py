# cmp: equality across types and ordering within comparable types
print(1 == 1.0, 1 == True, 0 == False, 1 == "1", None == 0)
print("a" == "a", "a" == ["a"], [1, 2] == (1, 2), (1,) == (1,))
print(None == None, None != False)
print(1 < 1.5 < 2, -1.5 < -1, True < 2)
print([1, "a"] == [1, "a"], {"a": [1]} == {"a": [1]})
print(2**70 > 1e20, 2**70 < 1e22)
print(3 != 3.0, 3.1 != 3)
print([] == [], [] == (), {} == {}, () == ())
