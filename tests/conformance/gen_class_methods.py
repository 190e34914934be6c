# area: generators: generator methods on classes (walkers over an org chart), generators capturing instance state
class Employee:
    def __init__(self, name, title, reports=()):
        self.name = name
        self.title = title
        self.reports = list(reports)

    def walk(self, depth=0):
        yield depth, self
        for r in self.reports:
            yield from r.walk(depth + 1)

    def chain_to(self, name, path=()):
        path = path + (self.name,)
        if self.name == name:
            yield path
        for r in self.reports:
            yield from r.chain_to(name, path)

    def leaves(self):
        if not self.reports:
            yield self.name
        for r in self.reports:
            yield from r.leaves()

org = Employee("Ada", "CEO", [
    Employee("Ben", "CTO", [Employee("Cal", "Eng"), Employee("Dot", "Eng", [Employee("Eli", "Intern")])]),
    Employee("Fay", "CFO", [Employee("Gus", "Accountant")]),
    Employee("Hal", "COO"),
])
for depth, e in org.walk():
    print(f"{'  ' * depth}- {e.name} ({e.title})")
print("chain to Eli:", next(org.chain_to("Eli")))
print("chain to Zed:", next(org.chain_to("Zed"), None))
print("leaves:", list(org.leaves()))
print("headcount by depth:", {d: sum(1 for dd, _ in org.walk() if dd == d) for d in range(4)})
managers = [e.name for _, e in org.walk() if e.reports]
print("managers:", managers)
widest = max((e for _, e in org.walk()), key=lambda e: len(e.reports))
print("widest span:", widest.name, len(widest.reports))
w = org.walk()
print(next(w)[1].name, next(w)[1].name, next(w)[1].name)
