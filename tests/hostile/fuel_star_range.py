# expect: killed instructions
# attacks: [*range(10**12)] unpacking
x = [*range(10**12)]
