# expect: error ValueError
# attacks: a 50,000-long raise-from chain must print and drop without host recursion
e = None
for i in range(50000):
    try:
        raise ValueError(i) from e
    except ValueError as x:
        e = x
raise e
