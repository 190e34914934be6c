# expect: ok
# attacks: many format-string walks inside try/except; all must be refused
def f(): pass
walks = ["{0.__globals__}", "{0.__code__}", "{0.__closure__}", "{0.__class__.__base__.__subclasses__}",
         "{0.__class__.__mro__[1].__subclasses__}", "{0.__class__.__dict__}", "{0.__builtins__}"]
refused = 0
for w in walks:
    try:
        print("ESCAPED", w.format(f))
    except AttributeError:
        refused += 1
assert refused == len(walks), refused
print("refused", refused)
