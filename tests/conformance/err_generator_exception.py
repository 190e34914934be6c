# area: err: an exception raised inside a generator propagates to the consuming loop
def parse_numbers(items):
    for item in items:
        yield int(item)

total = 0
for n in parse_numbers(["1", "2", "3", "x4", "5"]):
    total += n
    print("running total", total)
