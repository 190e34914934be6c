# expect: ok
# attacks: harmless dunders keep working (type(e).__name__, __class__.__name__, __qualname__, __doc__)
def outer():
    def inner():
        pass
    return inner
try:
    1 / 0
except ZeroDivisionError as e:
    assert type(e).__name__ == "ZeroDivisionError"
    assert e.__traceback__ is None
assert (1).__class__.__name__ == "int"
assert outer().__qualname__ == "outer.<locals>.inner"
assert len.__name__ == "len"
assert outer.__doc__ is None
assert "{0.__class__.__name__}".format([]) == "list"
print("harmless dunders ok")
