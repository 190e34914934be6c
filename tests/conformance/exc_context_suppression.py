# area: exc: implicit chaining (__context__), explicit (__cause__), from None suppression, and walking the chain
def chain(exc):
    out = []
    while exc is not None:
        out.append(f"{type(exc).__name__}({exc})")
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return " <- ".join(out)

def load(raw):
    try:
        return int(raw)
    except ValueError as e:
        raise KeyError("bad config") from e

def layer2(raw):
    try:
        return load(raw)
    except KeyError:
        raise RuntimeError("layer2 failed")

def layer3(raw):
    try:
        return layer2(raw)
    except RuntimeError:
        raise LookupError("clean slate") from None

for fn in (load, layer2, layer3):
    try:
        fn("x")
    except Exception as e:
        print(f"{fn.__name__}: {chain(e)}")
        print(f"   cause={type(e.__cause__).__name__} context={type(e.__context__).__name__} suppress={e.__suppress_context__}")
print(layer3("7"))
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        raise e
except ValueError as e:
    print("re-raised same object:", e, e.__context__)
try:
    try:
        {}["k"]
    except KeyError as ke:
        err = TypeError("new")
        err.__cause__ = ke
        raise err
except TypeError as e:
    print("manual cause:", repr(e.__cause__), e.__suppress_context__)
