class S(str):
    def __repr__(self):
        return 'S(' + super().__repr__() + ')'
print(S('').split('l'), S('ab').split('l'))
