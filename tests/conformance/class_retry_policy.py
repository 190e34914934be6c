# area: classes: pluggable retry policies (fixed, exponential with cap, fibonacci) via inheritance and __iter__ returning iterators
class Policy:
    def __init__(self, attempts):
        self.attempts = attempts
    def delays(self):
        raise NotImplementedError
    def __iter__(self):
        return iter(self.delays())
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{d:g}' for d in self)})"

class Fixed(Policy):
    def __init__(self, attempts, delay):
        super().__init__(attempts)
        self.delay = delay
    def delays(self):
        return [self.delay] * (self.attempts - 1)

class Exponential(Policy):
    def __init__(self, attempts, base=0.5, factor=2, cap=10):
        super().__init__(attempts)
        self.base, self.factor, self.cap = base, factor, cap
    def delays(self):
        return [min(self.cap, self.base * self.factor ** i) for i in range(self.attempts - 1)]

class Fibonacci(Policy):
    def delays(self):
        out, a, b = [], 1, 1
        for _ in range(self.attempts - 1):
            out.append(a)
            a, b = b, a + b
        return out

def run(policy, failures):
    clock, log = 0.0, []
    delays = iter(policy)
    for attempt in range(1, policy.attempts + 1):
        ok = attempt > failures
        log.append(f"t={clock:g}:{'ok' if ok else 'fail'}")
        if ok:
            return True, clock, log
        wait = next(delays, None)
        if wait is None:
            break
        clock += wait
    return False, clock, log

for p in [Fixed(4, 1.5), Exponential(6, cap=5), Fibonacci(5)]:
    print(p, "total wait", sum(p))
    for failures in (0, 2, 10):
        ok, clock, log = run(p, failures)
        print(f"   failures={failures:<2} {'SUCCESS' if ok else 'GAVE UP'} after {clock:g}s: {' '.join(log)}")
print(sorted([Fixed(3, 2), Fibonacci(6), Exponential(4)], key=lambda p: sum(p)))
