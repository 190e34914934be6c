class P:
    @property
    def x(self):
        "The x."
        return 1
print(P.x.__doc__)
