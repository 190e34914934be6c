# expect: ok
# attacks: deep nesting errors are catchable and the nested structure is freed without host recursion
x = []
for i in range(100000):
    x = [x]

for op in [repr, str, lambda v: v == v, lambda v: [v] == [v]]:
    try:
        op(x)
        print("no error")
    except RecursionError:
        pass
x = None
print("survived")
