# tuple: repr of empty, 1-tuples, nested and mixed tuples
print(())
print((1,))
print(("a",))
print((1, 2))
print((1, (2, (3,)), [4]))
t = 5,
print(t, len(t))
print(tuple(), (None,), ((),))
print(("it's", 'q"'))
print(repr((1.5, -0.0)))
print(str((True, False)))
