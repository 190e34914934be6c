# expect: ok
# attacks: recursion caught in a loop many times; the VM must recover each time
def f(n):
    return f(n + 1)
caught = 0
for i in range(30):
    try:
        f(0)
    except RecursionError as e:
        caught += 1
        assert "maximum recursion depth exceeded" in str(e)
assert caught == 30
print("caught", caught)
