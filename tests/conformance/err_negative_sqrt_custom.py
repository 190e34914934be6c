# area: err: a custom exception raised from a validation helper with exception chaining from ValueError
import math

class InputError(Exception):
    pass

def safe_sqrt(x):
    try:
        return math.sqrt(x)
    except ValueError as e:
        raise InputError(f"cannot take sqrt of {x}") from e

print([round(safe_sqrt(v), 3) for v in (4, 2, 0.25)])
print(safe_sqrt(-9))
