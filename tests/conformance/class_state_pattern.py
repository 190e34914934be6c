# area: classes: State pattern with polymorphic state classes for a document workflow and transition guards
class State:
    name = "abstract"
    def submit(self, doc):
        raise PermissionError(f"cannot submit from {self.name}")
    def approve(self, doc, user):
        raise PermissionError(f"cannot approve from {self.name}")
    def reject(self, doc, reason):
        raise PermissionError(f"cannot reject from {self.name}")
    def __repr__(self):
        return self.name

class Draft(State):
    name = "draft"
    def submit(self, doc):
        if not doc.body.strip():
            raise ValueError("empty document")
        return Review()

class Review(State):
    name = "review"
    def approve(self, doc, user):
        if user == doc.author:
            raise PermissionError("authors cannot approve their own work")
        doc.approvals.add(user)
        return Published() if len(doc.approvals) >= 2 else self
    def reject(self, doc, reason):
        doc.notes.append(reason)
        doc.approvals.clear()
        return Draft()

class Published(State):
    name = "published"

class Document:
    def __init__(self, author, body):
        self.author, self.body = author, body
        self.state = Draft()
        self.approvals = set()
        self.notes = []
        self.history = [self.state.name]
    def do(self, action, *args):
        try:
            self.state = getattr(self.state, action)(self, *args)
            outcome = "ok"
        except (PermissionError, ValueError) as e:
            outcome = f"{type(e).__name__}: {e}"
        self.history.append(self.state.name)
        print(f"{action:<8}{str(args):<22} -> {self.state!r:<10} {outcome}")

doc = Document("ann", "Quarterly report")
doc.do("approve", "bob")
doc.do("submit")
doc.do("approve", "ann")
doc.do("approve", "bob")
doc.do("reject", "needs numbers")
doc.do("submit")
doc.do("approve", "bob")
doc.do("approve", "cyd")
doc.do("reject", "too late")
print(doc.history)
print(doc.notes, sorted(doc.approvals))
empty = Document("bob", "   ")
empty.do("submit")
