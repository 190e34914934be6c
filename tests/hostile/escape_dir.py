# expect: error TypeError
# attacks: dir() with no argument must not list the frame's names (there is no frame introspection);
# dir(obj) exists, and lists only the object's public attributes
class Probe:
    secret = 1
names = dir(Probe())
assert 'secret' in names, names
assert not any(n.startswith('__npy') for n in names), names
x = dir()
print('ESCAPED', x)
