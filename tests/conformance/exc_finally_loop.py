# exc: finally with break and continue inside loops
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after for")
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("while finally", n)
def loop_return():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("cleanup", i)
print(loop_return())
for i in range(3):
    try:
        try:
            if i == 1:
                continue
        finally:
            print("inner", i)
    finally:
        print("outer", i)
