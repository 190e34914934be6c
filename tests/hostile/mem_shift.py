# expect: killed memory
# attacks: 1 << 10**10
x = 1 << 10**10
