# expect: error ValueError
# attacks: format of a huge int with a grouping spec (digit limit)
print(f"{10**5000:,}")
