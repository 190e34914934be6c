# area: err: a keyword argument the function does not accept raises TypeError
def connect(host, port=5432, *, timeout=5):
    return f"{host}:{port} (timeout {timeout}s)"

print(connect("db.local"))
print(connect("db.local", 6543, timeout=1))
print(connect("db.local", retries=3))
