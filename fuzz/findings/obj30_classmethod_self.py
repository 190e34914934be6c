class C:
    @classmethod
    def make(cls):
        return cls
print(C.make.__self__ is C, C().make.__self__.__name__)
