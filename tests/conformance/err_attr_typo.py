# area: err: AttributeError on a user class instance for a misspelt attribute
class Job:
    def __init__(self, name, retries):
        self.name = name
        self.retries = retries
    def describe(self):
        return f"{self.name} (retries={self.retries})"

jobs = [Job("index", 3), Job("backup", 1)]
for j in jobs:
    print(j.describe())
print(jobs[0].retry_count)
