# expect: error AttributeError
# attacks: walk __context__ to a traceback frame
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
except ValueError as e:
    ctx = e.__context__
    assert type(ctx).__name__ == "KeyError"
    print("ESCAPED", ctx.__traceback__.tb_frame)
