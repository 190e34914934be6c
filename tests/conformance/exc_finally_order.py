# exc: finally blocks run while exceptions propagate through calls
def level3():
    try:
        print("level3 start")
        raise ValueError("from level3")
    finally:
        print("level3 finally")
def level2():
    try:
        level3()
        print("not reached")
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except ValueError as e:
        print("level1 caught", e)
        return "handled"
    finally:
        print("level1 finally")
print(level1())
