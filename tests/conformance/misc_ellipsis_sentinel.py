# misc_: the Ellipsis singleton as a sentinel and in stub bodies
x = ...
print(x, repr(Ellipsis), x is Ellipsis, type(...).__name__, ... is ..., [1, ...])
def f(): ...
print(f())
class P:
    def m(self) -> None: ...
print(P().m())
if x is ...:
    print("sentinel")
