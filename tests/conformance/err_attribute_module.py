# area: err: accessing a missing function on an allowlisted module raises AttributeError
import math
print(math.floor(2.7), math.ceil(2.1))
print(hasattr(math, "isqrt"), hasattr(math, "squareroot"))
print(math.squareroot(16))
