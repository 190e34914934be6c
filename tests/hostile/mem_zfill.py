# expect: killed memory
# attacks: x.zfill(10**10)
x = '1'.zfill(10**10)
