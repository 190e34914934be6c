# expect: error ValueError
# attacks: print of a huge int
print(10**5000)
