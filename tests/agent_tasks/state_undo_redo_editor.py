# task: implement a text buffer with command objects and undo/redo stacks, then replay an edit session
class Command:
    def apply(self, buf: list[str]) -> None: ...
    def undo(self, buf: list[str]) -> None: ...


class Insert(Command):
    def __init__(self, pos: int, text: str):
        self.pos, self.text = pos, text

    def apply(self, buf):
        buf[self.pos:self.pos] = list(self.text)

    def undo(self, buf):
        del buf[self.pos:self.pos + len(self.text)]

    def __repr__(self):
        return f"Insert({self.pos}, {self.text!r})"


class Delete(Command):
    def __init__(self, pos: int, length: int):
        self.pos, self.length, self.removed = pos, length, ""

    def apply(self, buf):
        self.removed = "".join(buf[self.pos:self.pos + self.length])
        del buf[self.pos:self.pos + self.length]

    def undo(self, buf):
        buf[self.pos:self.pos] = list(self.removed)

    def __repr__(self):
        return f"Delete({self.pos}, {self.length}, removed={self.removed!r})"


class Editor:
    def __init__(self, text=""):
        self.buf = list(text)
        self.undo_stack: list[Command] = []
        self.redo_stack: list[Command] = []

    @property
    def text(self) -> str:
        return "".join(self.buf)

    def do(self, cmd: Command) -> None:
        cmd.apply(self.buf)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()

    def undo(self) -> bool:
        if not self.undo_stack:
            return False
        cmd = self.undo_stack.pop()
        cmd.undo(self.buf)
        self.redo_stack.append(cmd)
        return True

    def redo(self) -> bool:
        if not self.redo_stack:
            return False
        cmd = self.redo_stack.pop()
        cmd.apply(self.buf)
        self.undo_stack.append(cmd)
        return True


ed = Editor("Hello world")
session = [
    ("do", Insert(5, ",")), ("do", Insert(12, "!")), ("do", Delete(0, 5)), ("do", Insert(0, "Goodbye")),
    ("undo",), ("undo",), ("redo",), ("do", Insert(8, " :)")), ("redo",),
    ("undo",), ("undo",), ("undo",), ("undo",), ("undo",),
]
for step in session:
    match step:
        case ("do", cmd):
            ed.do(cmd)
            label = f"do {cmd!r}"
        case ("undo",):
            label = "undo" if ed.undo() else "undo (nothing to undo)"
        case ("redo",):
            label = "redo" if ed.redo() else "redo (nothing to redo)"
    print(f"{label:<38} -> {ed.text!r:<20} undo={len(ed.undo_stack)} redo={len(ed.redo_stack)}")
print("final text equals original:", ed.text == "Hello world")
