class S(str):
    def __str__(self):
        return '<' + super().__str__() + '>'
s = S('Abc')
print(str(s), hash(s) == hash(str(s)), hash('<Abc>') == hash(str(s)))
