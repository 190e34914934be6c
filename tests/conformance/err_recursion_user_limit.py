# area: err: a hand-rolled depth guard raises RecursionError-like custom error from a deep structure walk
class TooDeep(Exception):
    pass

def depth(obj, level=0, limit=5):
    if level > limit:
        raise TooDeep(f"nesting deeper than {limit} levels")
    if isinstance(obj, list):
        return 1 + max((depth(x, level + 1, limit) for x in obj), default=0)
    return 0

nested = [1, [2, [3]]]
print(depth(nested))
for _ in range(6):
    nested = [nested]
    print("wrapped, depth now", depth(nested, limit=10))
print(depth(nested))
