class S:
    __slots__ = ('u', 'v')
print([n for n in dir(S()) if not n.startswith('__')])
