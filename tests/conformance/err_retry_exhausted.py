# area: err: a retry helper gives up and re-raises the last error wrapped in a RuntimeError with a cause
class Flaky(Exception):
    pass

attempts = []
def call(n):
    attempts.append(n)
    raise Flaky(f"attempt {n} timed out")

def with_retry(fn, tries):
    last = None
    for i in range(1, tries + 1):
        try:
            return fn(i)
        except Flaky as e:
            print("retrying after:", e)
            last = e
    raise RuntimeError(f"gave up after {tries} tries") from last

with_retry(call, 3)
