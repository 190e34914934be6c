class I(int):
    def __repr__(self):
        return 'I()'
    def __str__(self):
        return 'is' + super().__str__()
print(str(I(5)))
