# mod: io.StringIO write/getvalue/read/readline/seek/tell/iteration/with
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
s.write("last line")
print(repr(s.getvalue()), s.read(), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.readline()), repr(s.read()))
s.seek(0)
print([line for line in s])
s.seek(0)
print(s.readlines())
t = io.StringIO("abc\ndef")
print(t.tell(), repr(t.read(2)), t.write("X"), repr(t.getvalue()), repr(t.read()))
t.seek(0)
t.truncate(2)
print(repr(t.getvalue()))
with io.StringIO("one\ntwo\n") as f:
    lines = [x.rstrip("\n") for x in f]
print(lines, f.closed)
try:
    f.read()
except ValueError as exc:
    print("ValueError", exc)
parts = io.StringIO()
for i in range(200):
    parts.write(str(i))
    parts.write(",")
print(len(parts.getvalue()), parts.getvalue()[:30])
print(repr(io.StringIO().read()), repr(io.StringIO("x").readline()), type(parts).__name__)
