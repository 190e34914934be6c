# expect: killed instructions
# attacks: sorted over a huge range
x = sorted(range(10**12))
