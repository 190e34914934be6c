# fuel: recursion 900 frames deep
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
print(depth(10))
def build(n):
    if n == 0:
        return []
    lst = build(n - 1)
    lst.append(n)
    return lst
r = build(850)
print(len(r), r[:3], r[-3:])
