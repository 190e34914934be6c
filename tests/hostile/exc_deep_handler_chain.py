# expect: error KeyError
# attacks: exceptions raised inside handlers 900 frames deep (long implicit context chain)
def f(n):
    if n == 0:
        raise ValueError("deep")
    try:
        f(n - 1)
    except ValueError as e:
        raise KeyError(n)
f(900)
