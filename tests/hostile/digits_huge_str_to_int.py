# expect: error ValueError
# attacks: int() of a 10 MB digit string must fail fast, before quadratic conversion
x = int('9' * 10**7)
