# expect: error TypeError
# Builtin containers cannot be subclassed; the message says what to do instead.
class MyDict(dict):
    pass
