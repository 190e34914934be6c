# expect: error TypeError
# attacks: a script's own `__npy_class_*` methods are ordinary methods, not the VM's class-level hooks (only the prelude's Enum has those)
class A:
    @classmethod
    def __npy_class_len__(cls):
        return 5

    @classmethod
    def __npy_class_setattr__(cls, name):
        raise AttributeError("hook ran")


A.x = 1
assert A.x == 1
try:
    len(A)
except TypeError:
    print("no len")


class B:
    def __npy_class_iter__(cls):
        return iter([1])


print(list(B))
