# area: err: throwing an exception into a generator that does not handle it propagates it to the caller
def worker():
    done = 0
    while True:
        job = yield done
        done += 1
        print("did", job)

w = worker()
next(w)
w.send("a")
w.send("b")
w.throw(KeyboardInterrupt if False else TimeoutError("worker deadline exceeded"))
