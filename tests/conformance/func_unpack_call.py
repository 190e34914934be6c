# func: calling with *iterable and **dict argument unpacking
def point(x, y, z=0):
    return f"({x}, {y}, {z})"
coords = [1, 2]
print(point(*coords))
print(point(*coords, 3))
print(point(*(4, 5, 6)))
print(point(**{"x": 7, "y": 8}))
print(point(1, **{"z": 9, "y": 2}))
print(point(*[1], **{"y": 5}))
print(point(*"ab"))
args = (10, 20)
kwargs = {"z": 30}
print(point(*args, **kwargs))
print(max(*[3, 9, 2]), min(*"zyx"))
