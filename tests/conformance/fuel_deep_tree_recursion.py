# area: fuel: recursion ~800 deep building and walking a linked structure, with sorting key callbacks at each level
def build(n):
    node = None
    for i in range(n):
        node = {"v": (i * 7919) % 1000, "next": node}
    return node

def depth_sum(node):
    if node is None:
        return 0, 0
    d, s = depth_sum(node["next"])
    return d + 1, s + node["v"]

def to_list(node, acc):
    if node is None:
        return acc
    acc.append(node["v"])
    return to_list(node["next"], acc)

head = build(800)
print(depth_sum(head))
vals = to_list(head, [])
print(len(vals), vals[:5], vals[-5:])
print(sorted(vals, key=lambda v: (v % 10, -v))[:8])
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)
print(count_down(850))
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = paths(r - 1, c) + paths(r, c - 1)
    return memo[(r, c)]
print(paths(300, 300) % 1_000_000_007, len(memo))
