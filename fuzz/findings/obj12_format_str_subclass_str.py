class S(str):
    def __str__(self):
        return '<' + super().__str__() + '>'
s = S('hi')
print('{}'.format(s), format(s, '>3'), s.format(), f'{s}', str(s))
print(format(S('hello world'), '>6'))
