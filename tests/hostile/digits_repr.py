# expect: error ValueError
# attacks: repr of a huge int (digit limit)
print(repr(10**5000))
