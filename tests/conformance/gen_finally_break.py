# area: generators: break out of a for loop over a generator, finally/cleanup timing, explicit close and GeneratorExit
events = []

def reader(name, items):
    events.append(f"{name}: open")
    try:
        for x in items:
            events.append(f"{name}: yield {x}")
            yield x
    except GeneratorExit:
        events.append(f"{name}: GeneratorExit")
        raise
    finally:
        events.append(f"{name}: close")

g = reader("A", [1, 2, 3])
for x in g:
    if x == 2:
        break
events.append(f"after loop, next={next(g)}")
g.close()
events.append("A closed explicitly")
g.close()
print("\n".join(events))
events.clear()

total = sum(reader("B", [10, 20]))
print(total, events)
events.clear()

g = reader("C", [5])
print(list(g), list(g), events)
events.clear()

def never_started():
    try:
        yield 1
    finally:
        events.append("finally of unstarted?")
h = never_started()
h.close()
print("unstarted close events:", events)

def swallow():
    try:
        yield "first"
    except GeneratorExit:
        yield "refuse to die"
s = swallow()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
