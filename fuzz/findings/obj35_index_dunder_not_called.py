class V:
    def __index__(self):
        return 2
v = V()
print([10, 20, 30][v], int(v))
for f in (lambda: 'abc'[v], lambda: range(5)[v], lambda: hex(v), lambda: bin(v), lambda: oct(v),
          lambda: 'abc'[:v], lambda: [1, 2, 3][v:]):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
