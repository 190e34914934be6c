# err: exception raised inside an except block is the one reported last
try:
    print("opening")
    [][0]
except IndexError as e:
    print("handling", e)
    raise TypeError("handler failed too")
