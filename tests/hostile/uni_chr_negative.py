# expect: error ValueError
# attacks: chr(-1)
print(chr(-1))
