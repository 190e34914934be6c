# expect: killed memory
# attacks: l.extend(l) growth
l = [0]
while True:
    l.extend(l)
