# err: bare raise inside except re-raises the original uncaught exception
def process(items):
    try:
        return [10 // x for x in items]
    except ZeroDivisionError:
        print("cannot process", items)
        raise
print(process([1, 2, 5]))
print(process([1, 0]))
