# area: err: raising the generic LookupError base class directly from a registry
REGISTRY = {"csv": ",", "tsv": "\t"}
def sep(fmt):
    try:
        return REGISTRY[fmt]
    except KeyError:
        raise LookupError(f"no separator registered for {fmt!r}")

print(repr(sep("csv")), repr(sep("tsv")))
print(repr(sep("psv")))
