# err: uncaught NameError for an undefined name used inside a function
def compute(x):
    return x * factor
print("start")
print(compute(2))
