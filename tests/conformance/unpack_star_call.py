# unpack: star arguments in calls, including print and several stars in one call
nums = [1, 2, 3]
print(*nums)
print(*nums, sep=", ")
print(*"abc", *[4, 5])
print(*[], "only")
def f(a, b, c, d):
    return a * 1000 + b * 100 + c * 10 + d
print(f(*[1, 2], *(3, 4)))
print(f(1, *[2, 3], d=4))
print(f(*range(4)))
def count(*args, **kwargs):
    return len(args), sorted(kwargs)
print(count(*nums, *nums, **{"x": 1}, **{"y": 2}))
