# expect: killed memory
# attacks: 2 ** 10**9
x = 2 ** 10**9
