# expect: error ValueError
# attacks: str(10**5000) int/str digit limit
print(str(10**5000))
