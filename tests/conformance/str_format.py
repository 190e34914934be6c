# str: str.format with positional, numbered, keyword fields and format specs
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age} years".format(name="Ann", age=30))
print("{0}-{x}-{1}".format(10, 20, x="mid"))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:.3f} {:5d} {:x}".format(3.14159, 42, 255))
print("{!r} {}".format("q", "q"))
print("{{literal}} {}".format("ok"))
tmpl = "{item}: {count:>3}"
for item, count in [("pens", 4), ("paper", 120)]:
    print(tmpl.format(item=item, count=count))
