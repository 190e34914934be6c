# expect: killed memory
# attacks: many live lists of growing strings
keep = []
s = 'x' * 1000
while True:
    s = s + s[:len(s) // 2]
    keep.append(s)
