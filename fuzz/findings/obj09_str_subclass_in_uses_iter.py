class S(str):
    def __iter__(self):
        return iter(['x', 'y'])
print('b' in S('Abc'), 'x' in S('Abc'))
