# fuel: closure-heavy loop creating and calling many closures
def make(k):
    state = 0
    def step(x):
        nonlocal state
        state += x * k
        return state
    return step
steppers = [make(k) for k in range(1, 51)]
acc = 0
for i in range(200):
    for s in steppers:
        acc = (acc + s(i)) % 1000000007
print(acc)
adders = [(lambda n: lambda x: x + n)(i) for i in range(100)]
total = 0
for j in range(100):
    for f in adders:
        total = f(total) % 99991
print(total)
