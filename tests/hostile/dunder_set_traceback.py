# expect: error AttributeError
# attacks: planting a fake traceback on an exception
e = ValueError("x")
e.__traceback__ = {"tb_frame": 1}
print("ESCAPED", e.__traceback__)
