# func: *args collects extra positional arguments as a tuple
def total(*args):
    print(args, type(args).__name__)
    return sum(args)
print(total())
print(total(1, 2, 3))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1))
print(head_tail(1, 2, 3))
def fmt(sep, *parts):
    return sep.join([str(p) for p in parts])
print(fmt("-", 2024, 1, 15))
nums = [4, 5, 6]
print(total(*nums), total(0, *nums, 10))
