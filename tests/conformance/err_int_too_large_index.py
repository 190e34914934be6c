# area: err: an int index computed from data exceeds a tuple's size (IndexError: tuple index out of range)
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
stamps = [0, 3, 6, 9]
for s in stamps:
    print(s, DAYS[s])
