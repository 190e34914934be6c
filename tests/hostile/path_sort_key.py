# expect: ok
# attacks: sorting 20,000 items with a key function
xs = [(i * 7919) % 20011 for i in range(20000)]
ys = sorted(xs, key=lambda v: -v)
assert ys[0] == max(xs)
print(ys[:3])
