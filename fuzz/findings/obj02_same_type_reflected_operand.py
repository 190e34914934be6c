class I(int):
    def __radd__(self, other):
        return 999
print(I(1) + I(2))
