# expect: error ValueError
# attacks: %-format width of 10**10
print('%10000000000d' % 1)
