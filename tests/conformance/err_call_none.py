# area: err: calling None from a missing handler registry raises TypeError: 'NoneType' object is not callable
handlers = {"greet": lambda who: f"hello {who}", "shout": lambda who: who.upper() + "!"}
for cmd, arg in [("greet", "ann"), ("shout", "bob"), ("wave", "cyd")]:
    fn = handlers.get(cmd)
    print(cmd, "->", fn(arg))
