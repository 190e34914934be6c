# expect: killed instructions
# attacks: set over a huge range
x = set(range(10**12))
