# expect: killed memory
# attacks: l = l + l growth
l = [0]
while True:
    l = l + l
