# task: interpret a small stack-machine program given as a list of commands, with labels and jumps
PROGRAM = """
# compute factorial of n and the sum 1..n
push 6
store n
push 1
store acc
label loop
load n
jz done
load acc
load n
mul
store acc
load n
push 1
sub
store n
jmp loop
label done
load acc
print
push 10
push 0
div
"""


class VMError(Exception):
    pass


def run(source: str, max_steps: int = 500) -> str:
    code = [line.split() for line in source.splitlines() if line.strip() and not line.startswith("#")]
    labels = {args[1]: i for i, args in enumerate(code) if args[0] == "label"}
    stack, env, pc, steps = [], {}, 0, 0

    def pop():
        if not stack:
            raise VMError(f"stack underflow at line {pc}")
        return stack.pop()

    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded")
        match code[pc]:
            case ["push", value]:
                stack.append(int(value))
            case ["store", name]:
                env[name] = pop()
            case ["load", name]:
                if name not in env:
                    raise VMError(f"undefined variable {name!r}")
                stack.append(env[name])
            case ["add" | "sub" | "mul" | "div" as op]:
                b, a = pop(), pop()
                if op == "div" and b == 0:
                    raise VMError(f"division by zero at line {pc} (stack was {stack + [a, b]})")
                stack.append({"add": a + b, "sub": a - b, "mul": a * b, "div": a // (b or 1)}[op])
            case ["jmp", label]:
                pc = labels[label]
            case ["jz", label]:
                if pop() == 0:
                    pc = labels[label]
            case ["label", _]:
                pass
            case ["print"]:
                print("  out:", stack[-1])
            case other:
                raise VMError(f"unknown instruction {' '.join(other)!r}")
        pc += 1
    return f"halted after {steps} steps, stack={stack}, env={env}"


try:
    print(run(PROGRAM))
except VMError as e:
    print("VMError:", e)
for snippet in ["push 2\npush 3\nadd\nprint", "pop", "add", "load x", "label l\njmp l"]:
    try:
        print(f"{snippet!r:<22} ->", run(snippet))
    except VMError as e:
        print(f"{snippet!r:<22} -> VMError: {e}")
