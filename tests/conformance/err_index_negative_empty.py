# area: err: accessing [-1] on an empty history list raises IndexError
history = []
def last_command():
    return history[-1]

for cmd in ["ls", "cd src", "make"]:
    history.append(cmd)
    print("last:", last_command())
history.clear()
print("cleared", len(history))
print(last_command())
