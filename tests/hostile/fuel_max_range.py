# expect: killed instructions
# attacks: max over a huge range
print(max(range(10**12)))
