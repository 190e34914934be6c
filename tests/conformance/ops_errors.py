# ops: TypeError and ZeroDivisionError messages from operators
tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: "a" * "b",
    lambda: None + 1,
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: -"a",
    lambda: ~1.5,
    lambda: {} + {},
    lambda: 2 ** "x",
    lambda: 5.0 // 0.0,
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
