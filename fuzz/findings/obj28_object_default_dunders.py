from dataclasses import dataclass
class V:
    pass
@dataclass(eq=False)
class D:
    x: int
print(V.__lt__(V(), V()), V().__eq__(None), D.__eq__(D(1), 1))
