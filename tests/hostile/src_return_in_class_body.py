# expect: invalid
# attacks: a `return` in a class body (found by the resumable fuzz target, session 4) would hand MakeClass a non-namespace; it is a compile error, as in CPython
class A:     return 1
A().f.__func__.__globals__
