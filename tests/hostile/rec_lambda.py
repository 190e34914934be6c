# expect: error RecursionError
# attacks: recursion through a lambda
f = lambda n: f(n + 1)
f(0)
