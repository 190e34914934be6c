# expect: killed memory
# attacks: x.center(10**10)
x = 'x'.center(10**10, '*')
