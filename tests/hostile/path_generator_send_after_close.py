# expect: ok
# attacks: misuse of the generator protocol: resuming a running generator, sending to a closed or just-started one, throwing non-exceptions; each is a clean exception
def g():
    x = yield 1
    yield x

def self_resume():
    yield next(me)

me = self_resume()
try:
    next(me)
    print("ESCAPED running")
except ValueError as e:
    assert "already executing" in str(e)
a = g()
try:
    a.send(5)
    print("ESCAPED send")
except TypeError:
    pass
next(a)
a.close()
try:
    next(a)
    print("ESCAPED closed")
except StopIteration:
    pass
b = g()
next(b)
try:
    b.throw(42)
    print("ESCAPED throw")
except TypeError:
    pass
print("ok")
