# area: classes: a text buffer with command objects supporting undo/redo stacks and a readable history
class Insert:
    def __init__(self, pos, text):
        self.pos, self.text = pos, text
    def apply(self, s):
        return s[:self.pos] + self.text + s[self.pos:]
    def revert(self, s):
        return s[:self.pos] + s[self.pos + len(self.text):]
    def __repr__(self):
        return f"Insert({self.pos}, {self.text!r})"

class Delete:
    def __init__(self, pos, length):
        self.pos, self.length, self.removed = pos, length, ""
    def apply(self, s):
        self.removed = s[self.pos:self.pos + self.length]
        return s[:self.pos] + s[self.pos + self.length:]
    def revert(self, s):
        return s[:self.pos] + self.removed + s[self.pos:]
    def __repr__(self):
        return f"Delete({self.pos}, {self.length})"

class Buffer:
    def __init__(self):
        self.text, self.undo_stack, self.redo_stack = "", [], []
    def do(self, cmd):
        self.text = cmd.apply(self.text)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()
        return self
    def undo(self):
        if not self.undo_stack:
            raise IndexError("nothing to undo")
        cmd = self.undo_stack.pop()
        self.text = cmd.revert(self.text)
        self.redo_stack.append(cmd)
        return self
    def redo(self):
        if not self.redo_stack:
            raise IndexError("nothing to redo")
        cmd = self.redo_stack.pop()
        self.text = cmd.apply(self.text)
        self.undo_stack.append(cmd)
        return self

b = Buffer()
b.do(Insert(0, "hello")).do(Insert(5, " world")).do(Delete(0, 1)).do(Insert(0, "J"))
print(repr(b.text), b.undo_stack)
b.undo().undo()
print(repr(b.text), b.redo_stack)
b.redo()
print(repr(b.text))
b.do(Insert(len(b.text), "!"))
print(repr(b.text), "redo cleared:", b.redo_stack)
for name in ("redo", "undo", "undo", "undo", "undo", "undo"):
    try:
        getattr(b, name)()
        print(f"{name:<4} -> {b.text!r}")
    except IndexError as e:
        print(f"{name:<4} !! {e}")
