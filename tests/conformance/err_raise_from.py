# err: uncaught exception raised with from; last line is the outer exception
def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        raise LookupError("config entry missing: " + name) from e
print(load("a"))
print(load("b"))
