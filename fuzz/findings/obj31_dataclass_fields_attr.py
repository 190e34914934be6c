from dataclasses import dataclass
@dataclass
class D:
    x: int
print(D.__dataclass_fields__['x'].name, list(D.__dataclass_fields__))
