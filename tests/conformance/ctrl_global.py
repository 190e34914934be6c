# ctrl: global statement lets functions rebind module-level names
counter = 0
def increment():
    global counter
    counter += 1
    return counter
for _ in range(3):
    increment()
print(counter)
def define_new():
    global created
    created = "made inside"
define_new()
print(created)
total = 100
def shadow():
    total = 1
    return total
print(shadow(), total)
def read_only():
    return total * 2
print(read_only())
