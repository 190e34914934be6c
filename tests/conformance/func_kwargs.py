# func: **kwargs collects extra keyword arguments as an ordered dict
def show(**kwargs):
    for k, v in kwargs.items():
        print(k, "=", v)
    return len(kwargs)
print(show(a=1, b="two", c=None))
print(show())
def build(name, *args, sep=", ", **opts):
    parts = [name] + [str(a) for a in args]
    for k in opts:
        parts.append(k + ":" + str(opts[k]))
    return sep.join(parts)
print(build("x"))
print(build("x", 1, 2, z=3, y=4))
print(build("x", 1, sep="|", flag=True))
opts = {"color": "red", "size": 3}
print(build("item", **opts))
