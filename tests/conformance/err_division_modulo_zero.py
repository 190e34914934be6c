# area: err: integer modulo by zero in a bucketing helper raises ZeroDivisionError
def bucket(key, buckets):
    return sum(ord(c) for c in key) % buckets

for n in [4, 2, 1]:
    print(n, [bucket(k, n) for k in ["ann", "bob", "cyd"]])
print(0, [bucket(k, 0) for k in ["ann"]])
