# builtin: range.index/count/start/stop/step, with ints, bools, floats and negative steps
r = range(2, 20, 3)
print(r.start, r.stop, r.step, r.index(8), r.count(8), r.count(9), r.count(True), range(3).index(True))
print(range(10, 0, -2).index(4), range(10, 0, -2).count(5), range(5).count(2.0), range(5).index(3.0))
for bad in [9, 100, "x"]:
    try:
        r.index(bad)
    except ValueError as e:
        print("ValueError:", e)
