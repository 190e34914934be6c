class S(str):
    def __eq__(self, other):
        return str.lower(self) == str(other).lower()
    def __hash__(self):
        return hash(str.lower(self))
s = S('Abc')
print({s: 1}.get('abc'), 'abc' in {s})
