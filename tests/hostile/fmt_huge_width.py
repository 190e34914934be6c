# expect: error ValueError
# attacks: format width of 10**10
print('{:>10000000000}'.format(1))
