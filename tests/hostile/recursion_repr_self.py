# expect: error RecursionError
# A __repr__ that reprs itself recurses through the builtin; it ends in a clean RecursionError.
class Loop:
    def __repr__(self):
        return repr(self)
print(Loop())
