class T(tuple):
    def __iter__(self):
        return iter([9, 8])
print(0 in T((6, 0, 3)), 9 in T((6, 0, 3)))
