# expect: killed instructions
# attacks: dict.fromkeys over a huge range
d = dict.fromkeys(range(10**12))
