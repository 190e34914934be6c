# area: err: a counter closure missing its nonlocal declaration raises UnboundLocalError on first call
def make_counter():
    count = 0
    def inc():
        count += 1
        return count
    return inc

def make_good():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

g = make_good()
print(g(), g())
bad = make_counter()
print(bad())
