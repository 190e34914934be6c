# expect: killed memory
# attacks: dict growth by doubling
n = 1
keep = []
while True:
    keep.append(dict.fromkeys(range(n)))
    n *= 2
