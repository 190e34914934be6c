# expect: killed memory
# attacks: x.ljust(10**10)
x = 'x'.ljust(10**10)
