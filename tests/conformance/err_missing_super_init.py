# area: err: subclass __init__ forgets super().__init__, later attribute access fails with AttributeError
class Base:
    def __init__(self):
        self.events = []
    def log(self, msg):
        self.events.append(msg)
        return len(self.events)

class Worker(Base):
    def __init__(self, name):
        self.name = name

class GoodWorker(Base):
    def __init__(self, name):
        super().__init__()
        self.name = name

g = GoodWorker("ok")
print(g.name, g.log("started"), g.log("done"))
w = Worker("broken")
print(w.name)
w.log("started")
