# expect: ok
# attacks: self-referential containers
l = []
l.append(l)
d = {}
d['d'] = d
assert repr(l) == '[[...]]', repr(l)
assert repr(d) == "{'d': {...}}", repr(d)
print(l, d)
