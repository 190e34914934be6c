from dataclasses import dataclass
@dataclass(order=True, eq=False)
class D:
    x: int
print('accepted')
