class S:
    __slots__ = ('u', 'v')
    kind = 'sl'
s = S()
def delete():
    del s.v
for f in (delete, lambda: setattr(s, 'kind', 1), lambda: vars(s)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
