class I(int):
    def __index__(self):
        return 2
print(int(I(12)), I(I(12)), 1 + int(I(12)))
