# closure: closures capture variables, not values; default args capture values
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
def make():
    x = 1
    def get():
        return x
    x = 2
    return get
print(make()())
fs = [lambda k=k: k * 10 for k in range(3)]
print([f() for f in fs])
