class S(str):
    def __str__(self):
        return 'other'
s = S('a')
print(str(s) == 'other', type(str(s)).__name__, type(str(S('b'))).__name__)
