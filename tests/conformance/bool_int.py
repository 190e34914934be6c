# bool: bool is a subclass of int
print(isinstance(True, int), isinstance(1, bool), isinstance(False, bool))
print(True == 1, False == 0, True + 1, False * 5)
print(sum([True] * 7), max(True, 0), min(False, -1))
print({True: "a", 1: "b"})
print(True > False, True < 2)
print(int(True), float(False), str(True))
print(type(True).__name__, type(1 == 1).__name__)
print(hex(True), bin(False))
