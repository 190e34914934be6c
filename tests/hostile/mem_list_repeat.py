# expect: killed memory
# attacks: [0] * 10**9
x = [0] * 10**9
