# class_: bound methods and classmethods expose __name__ and __qualname__ (registries and loggers print them)
class Pipeline:
    def __init__(self):
        self.steps = [self.load, self.clean, self.save, Pipeline.describe]

    def load(self):
        return "loaded"

    def clean(self):
        return "cleaned"

    def save(self):
        return "saved"

    @classmethod
    def describe(cls):
        return cls.__name__


p = Pipeline()
for step in p.steps:
    print(f"{step.__qualname__:<20} {step.__name__:<10} -> {step()}")
handlers = {m.__name__: m for m in (p.load, p.save)}
print(sorted(handlers), handlers["save"]())
