# Class-heavy agent code: small objects built in a loop, method calls, attribute reads and writes,
# a property, inheritance with super(), and a dunder (__lt__) used by sorting.


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history.append(-amount)
        return True

    @property
    def activity(self):
        return len(self.history)

    def __lt__(self, other):
        return self.balance < other.balance


class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.rate = rate

    def accrue(self):
        self.deposit(self.balance * self.rate)


def simulate(n):
    accounts = [Savings("u" + str(i), i % 100, 0.01) for i in range(n)]
    ok = 0
    for step in range(20):
        for a in accounts:
            a.deposit(step)
            if a.withdraw(7):
                ok += 1
            if step % 5 == 0:
                a.accrue()
    top = sorted(accounts)[-3:]
    return ok, sum(a.activity for a in accounts), [round(a.balance, 2) for a in top]


print(simulate(20000))
