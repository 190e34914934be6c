# expect: error ValueError
# attacks: %d of a huge int
print('%d' % 10**5000)
