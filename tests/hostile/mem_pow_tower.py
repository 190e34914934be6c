# expect: killed memory
# attacks: 10**10**10
x = 10**10**10
