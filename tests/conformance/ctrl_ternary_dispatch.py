# area: ctrl: conditional expressions, dispatch dicts of lambdas, guard clauses and early returns in a command interpreter
def classify(n):
    if not isinstance(n, int) or isinstance(n, bool):
        return "not-an-int"
    if n < 0:
        return "negative"
    if n == 0:
        return "zero"
    return "even" if n % 2 == 0 else "odd"

print([classify(v) for v in [-3, 0, 4, 7, True, "5", 2.0]])

stack = []
COMMANDS = {
    "push": lambda arg: stack.append(int(arg)),
    "pop": lambda arg: stack.pop() if stack else None,
    "add": lambda arg: stack.append(stack.pop() + stack.pop()),
    "mul": lambda arg: stack.append(stack.pop() * stack.pop()),
    "dup": lambda arg: stack.append(stack[-1]),
    "swap": lambda arg: stack.extend([stack.pop(), stack.pop()]),
}

def run(program):
    stack.clear()
    for lineno, line in enumerate(program.split(";"), 1):
        op, _, arg = line.strip().partition(" ")
        handler = COMMANDS.get(op)
        if handler is None:
            return f"error on {lineno}: unknown op {op!r}"
        try:
            handler(arg)
        except IndexError:
            return f"error on {lineno}: stack underflow in {op}"
        except ValueError:
            return f"error on {lineno}: bad literal {arg!r}"
    return stack[-1] if stack else "empty"

for prog in ["push 2; push 3; add; dup; mul", "push 1; push 2; swap; pop", "add", "push x", "push 1; jump 3", "push 5; pop; pop"]:
    print(f"{prog:<32} => {run(prog)}")

grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 72, 10, 90, 89.99)])
x = 5
msg = ("big" if x > 100 else "medium") if x > 3 else "small"
print(msg, (lambda: "called")() if x else "skipped", x > 3 and "and-ok" or "and-no", None or 0 or "" or "last")
