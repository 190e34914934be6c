# area: err: exception raised while handling another inside nested functions; the last one is reported
def parse(v):
    return float(v)

def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError:
            out.append(fallback[v])
    return out

fallback = {"n/a": 0.0}
print(load(["1.5", "n/a", "2"]))
print(load(["3", "missing"]))
