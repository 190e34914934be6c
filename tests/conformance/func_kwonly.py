# func: keyword-only parameters after * or *args
def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"
print(connect("a"))
print(connect("b", port=443, secure=True))
try:
    connect("c", 8080)
except TypeError as e:
    print("TypeError:", e)
def log(*msgs, level):
    return level + ": " + " ".join(msgs)
print(log("disk", "full", level="WARN"))
try:
    log("oops")
except TypeError as e:
    print("TypeError:", e)
def f(a, b=2, *, c, d=4):
    return (a, b, c, d)
print(f(1, c=3), f(1, 5, d=6, c=7))
