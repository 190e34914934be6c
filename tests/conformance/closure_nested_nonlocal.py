# closure: nonlocal across several nesting levels
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    before = x
    result = middle()
    return before, result, x
print(outer())
def levels():
    a = 1
    def l2():
        b = 10
        def l3():
            nonlocal a, b
            a += 1
            b += 1
            return a + b
        return l3() + l3()
    return l2(), a
print(levels())
