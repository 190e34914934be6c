# expect: killed instructions
# attacks: list(range(10**12)) materialisation
x = list(range(10**12))
print('not reached')
