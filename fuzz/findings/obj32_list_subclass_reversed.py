class L(list):
    def __len__(self):
        return 30
print(list(reversed(L([1, 2, 3]))))
