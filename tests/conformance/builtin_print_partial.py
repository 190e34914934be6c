# builtin: print writes its arguments one by one, so those before one whose str() fails are printed (found by tests/randomized.rs)
big = 10 ** 5000
try:
    print('start', 1, big, 'never')
except ValueError as e:
    print('|', type(e).__name__)
try:
    print('a', 'b', sep='-', end=str(big))
except ValueError as e:
    print('|', type(e).__name__)
print('end')
