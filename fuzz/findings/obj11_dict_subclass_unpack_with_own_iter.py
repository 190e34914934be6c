class D(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__(), reverse=True))
    def __getitem__(self, key):
        return ('got', super().__getitem__(key))
d = D(x=1)
print({**d}, dict(**d))
