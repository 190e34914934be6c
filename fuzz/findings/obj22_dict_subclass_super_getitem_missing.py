class D(dict):
    def __missing__(self, key):
        return 10
    def __getitem__(self, key):
        return ('got', super().__getitem__(key))
d = D()
print(d['x'])
print('{x}'.format_map(d))
