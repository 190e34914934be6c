# area: generators: cooperative round-robin scheduler of generator tasks with sleeps on a virtual clock and join results
import heapq

def task(name, steps, pause):
    total = 0
    for i in range(steps):
        total += i
        yield ("sleep", pause)
        yield ("log", f"{name} step {i}")
    return f"{name}:{total}"

def run(tasks):
    clock, seq = 0, 0
    ready = []
    for t in tasks:
        heapq.heappush(ready, (0, seq, t))
        seq += 1
    log, results = [], {}
    while ready:
        clock, _, gen = heapq.heappop(ready)
        try:
            kind, arg = next(gen)
            while kind == "log":
                log.append(f"t={clock:<3} {arg}")
                kind, arg = next(gen)
            seq += 1
            heapq.heappush(ready, (clock + arg, seq, gen))
        except StopIteration as stop:
            results[stop.value.split(":")[0]] = (stop.value, clock)
    return log, results

log, results = run([task("fetch", 3, 5), task("parse", 2, 7), task("ping", 4, 2)])
print("\n".join(log))
print(results)
