# area: the time module: sleep and a clock that moves forward
import time

t0 = time.monotonic()
p0 = time.perf_counter()
w0 = time.time()
time.sleep(0.01)
time.sleep(0)
total = 0
for i in range(1000):
    total += i
t1 = time.monotonic()
print(t1 > t0, time.perf_counter() > p0, time.time() > w0, w0 > 1.6e9)
print(t1 - t0 >= 0.01, type(time.time_ns()).__name__, time.monotonic_ns() > 0)
for bad in [-1, float("nan"), "x"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(total)
