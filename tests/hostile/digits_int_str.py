# expect: error ValueError
# attacks: int('1' * 5000) int/str digit limit
x = int('1' * 5000)
