# unpack: errors from mismatched unpacking are caught with CPython messages
def try_unpack(seq):
    try:
        a, b, c = seq
        return (a, b, c)
    except ValueError as e:
        return str(e)
print(try_unpack([1, 2]))
print(try_unpack([1, 2, 3]))
print(try_unpack([1, 2, 3, 4, 5]))
print(try_unpack("abcd"))
try:
    a, *b, c, d = (1, 2)
except ValueError as e:
    print(e)
try:
    x, y = None
except TypeError as e:
    print(e)
