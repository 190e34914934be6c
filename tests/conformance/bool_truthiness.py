# bool: truthiness of values of every type in if statements
values = [0, 1, -1, 0.0, 0.1, -0.0, "", " ", "0", [], [0], (), (0,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1), 10**30]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
