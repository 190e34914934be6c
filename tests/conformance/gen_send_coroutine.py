# area: generators: coroutine-style generators driven by send(), running averages, close() and return values
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

g = averager()
print(next(g))
for v in [10, 20, 5, 45]:
    print("avg now", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)

def tokenizer():
    buf = ""
    tokens = []
    while True:
        chunk = yield tokens
        tokens = []
        buf += chunk
        while " " in buf:
            word, buf = buf.split(" ", 1)
            if word:
                tokens.append(word)

t = tokenizer()
next(t)
for chunk in ["hel", "lo wor", "ld  and", " more ", "x"]:
    print(repr(chunk), "->", t.send(chunk))
t.close()
try:
    t.send("again")
except StopIteration:
    print("closed generator raises StopIteration")

def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")

gg = guarded()
print(next(gg))
gg.close()
print("after close")
