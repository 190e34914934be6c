# area: err: ordering instances of a class without __lt__ raises TypeError in sorted()
class Task:
    def __init__(self, name, pri):
        self.name, self.pri = name, pri
    def __repr__(self):
        return f"Task({self.name!r}, {self.pri})"

tasks = [Task("b", 2), Task("a", 1)]
print(sorted(tasks, key=lambda t: t.pri))
print(sorted(tasks))
