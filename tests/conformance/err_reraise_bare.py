# area: err: a bare raise inside except re-raises the original exception after logging
def risky(x):
    return 10 // x

log = []
for x in [5, 2, 0, 1]:
    try:
        print(x, risky(x))
    except ZeroDivisionError:
        log.append(f"failed on {x}")
        print("log:", log)
        raise
