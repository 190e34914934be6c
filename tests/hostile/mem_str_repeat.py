# expect: killed memory
# attacks: 'a' * 10**10
x = 'a' * 10**10
