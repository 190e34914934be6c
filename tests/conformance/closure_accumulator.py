# closure: accumulator closures keeping a running history
def make_acc():
    history = []
    total = 0
    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total
    def report():
        return list(history)
    return add, report
add, report = make_acc()
for v in [5, -2, 10]:
    add(v)
print(report())
add2, report2 = make_acc()
add2(1)
print(report(), report2())
