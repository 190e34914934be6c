# area: classes: a stack-based VM class with an instruction table of bound methods, error handling and tracing
class VMError(Exception):
    pass

class VM:
    def __init__(self, trace=False):
        self.stack, self.pc, self.trace, self.out = [], 0, trace, []
        self.ops = {"push": self.push, "add": self.add, "mul": self.mul, "jz": self.jz, "jmp": self.jmp,
                    "dup": self.dup, "print": self.print_, "dec": self.dec, "halt": None}
    def pop(self):
        if not self.stack:
            raise VMError(f"stack underflow at pc={self.pc}")
        return self.stack.pop()
    def push(self, v): self.stack.append(int(v))
    def add(self): self.stack.append(self.pop() + self.pop())
    def mul(self): self.stack.append(self.pop() * self.pop())
    def dup(self):
        v = self.pop()
        self.stack.extend([v, v])
    def dec(self): self.stack.append(self.pop() - 1)
    def jz(self, target):
        if self.pop() == 0:
            self.pc = int(target) - 1
    def jmp(self, target): self.pc = int(target) - 1
    def print_(self): self.out.append(self.stack[-1])
    def run(self, program, max_steps=200):
        code = [line.split() for line in program.strip().splitlines()]
        steps = 0
        while self.pc < len(code):
            op, *args = code[self.pc]
            if op not in self.ops:
                raise VMError(f"unknown op {op!r} at pc={self.pc}")
            if op == "halt":
                break
            if self.trace:
                self.out.append(f"{self.pc}:{op}{args}")
            self.ops[op](*args)
            self.pc += 1
            steps += 1
            if steps > max_steps:
                raise VMError("step limit exceeded")
        return self.out

countdown = """
push 3
dup
print
dec
dup
jz 7
jmp 1
halt
"""
print(VM().run(countdown))
print(VM().run("push 6\npush 7\nmul\nprint"))
print(VM(trace=True).run("push 2\npush 3\nadd\nprint"))
for bad in ["add", "push 1\nfrob", "push 1\njmp 0"]:
    try:
        VM().run(bad)
    except VMError as e:
        print("VMError:", e)
