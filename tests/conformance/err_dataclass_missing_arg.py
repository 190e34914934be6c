# area: err: creating a dataclass without a required field raises TypeError naming it
from dataclasses import dataclass

@dataclass
class Task:
    title: str
    priority: int
    done: bool = False

t1 = Task("write tests", 2)
t2 = Task("ship", 1, True)
print(t1, t2)
print(Task("plan"))
