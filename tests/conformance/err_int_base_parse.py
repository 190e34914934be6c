# area: err: int() with base 16 on a non-hex token raises ValueError with the base in the message
tokens = ["ff", "10", "7f", "zz"]
for t in tokens:
    print(t, "=", int(t, 16))
