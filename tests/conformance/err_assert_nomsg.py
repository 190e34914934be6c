# err: failing assert without a message is uncaught
data = [1, 2, 3]
assert len(data) == 3
print("length ok")
assert sum(data) == 7
