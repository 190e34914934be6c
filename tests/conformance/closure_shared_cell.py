# closure: several closures share the same enclosing variable
def account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = account(100)
print(dep(50), wd(30), wd(500), get())
dep2, wd2, get2 = account(0)
print(dep2(1), get(), get2())
