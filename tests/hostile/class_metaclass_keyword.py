# expect: error TypeError
# Class keywords reach __init_subclass__; a metaclass other than `type` is refused with a clear error.
class Meta:
    pass


class Plugin(metaclass=Meta):
    pass
