# expect: error OverflowError
# attacks: len(range(10**30))
print(len(range(10**30)))
