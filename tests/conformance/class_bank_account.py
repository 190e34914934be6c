# area: classes: bank account with custom exceptions, classmethod constructors, staticmethod, __str__ vs __repr__, __eq__
class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__(f"account {account} short by {needed:.2f}")
        self.account = account
        self.needed = needed

class Account:
    _next_id = 100
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @classmethod
    def from_string(cls, s):
        owner, bal = s.split(":")
        return cls(owner.strip(), float(bal))
    @staticmethod
    def fmt(amount):
        return f"${amount:,.2f}"
    def deposit(self, amt):
        self.balance += amt
        self.history.append(("dep", amt))
        return self
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(self.id, amt - self.balance)
        self.balance -= amt
        self.history.append(("wd", amt))
        return self
    def __str__(self):
        return f"{self.owner} ({self.id}): {self.fmt(self.balance)}"
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance!r})"
    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id

class Savings(Account):
    rate = 0.02
    def add_interest(self):
        return self.deposit(round(self.balance * self.rate, 2))
    def withdraw(self, amt):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise PermissionError("savings: max 2 withdrawals")
        return super().withdraw(amt)

a = Account.from_string("alice : 1500.5")
s = Savings("bob", 1000)
print(a)
print(repr(s), str(s))
a.deposit(250).withdraw(100.25)
s.add_interest().withdraw(20).withdraw(30)
print(a, "|", s)
for acct, amt in [(a, 5000), (s, 1)]:
    try:
        acct.withdraw(amt)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed)
    except PermissionError as e:
        print("PermissionError:", e)
print(a == a, a == s, a != s, a == "alice")
print(s.history, Account.fmt(1234567.891))
print(type(s).__name__, type(s).__bases__[0].__name__, Savings.rate, s.rate)
