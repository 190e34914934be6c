# area: closure: building handler closures in loops, shared mutable state between closures, and nonlocal flags
def make_pipeline():
    stages = []
    seen = {"count": 0}
    def stage(fn):
        stages.append(fn)
        return fn
    def run(x):
        seen["count"] += 1
        for s in stages:
            x = s(x)
        return x
    return stage, run, seen

stage, run, seen = make_pipeline()

@stage
def strip(s):
    return s.strip()

@stage
def collapse(s):
    return " ".join(s.split())

prefix = ">> "
@stage
def tag(s):
    return prefix + s

print(repr(run("  hello    world  ")), repr(run("x")), seen)
prefix = "## "
print(repr(run(" late binding sees new global ")))

def make_toggle():
    on = False
    def toggle():
        nonlocal on
        on = not on
        return on
    def state():
        return "on" if on else "off"
    return toggle, state
t1, s1 = make_toggle()
t2, s2 = make_toggle()
t1(); t1(); t1(); t2()
print(s1(), s2())

handlers = {}
for name in ["save", "load", "quit"]:
    def handler(arg=None, _name=name):
        return f"{_name}({arg})"
    handlers[name] = handler
print([h("x") for h in handlers.values()])

def once(fn):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result, done = fn(*a), True
        return result
    return wrapper
init = once(lambda v: f"initialised with {v}")
print(init(1), init(2), init(3))
