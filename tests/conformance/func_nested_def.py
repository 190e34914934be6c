# func: nested function definitions and local scopes
def outer(x):
    def helper(y):
        return y * 2
    def other(y):
        return helper(y) + x
    return other(x) + helper(1)
print(outer(5))
def make_list(n):
    def square(k):
        return k * k
    return [square(i) for i in range(n)]
print(make_list(5))
x = "global"
def scope_test():
    x = "local"
    def inner():
        return x
    return inner()
print(scope_test(), x)
