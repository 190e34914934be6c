# err: uncaught ValueError from int() of a non-numeric string
fields = ["12", "7", "abc", "3"]
total = 0
for f in fields:
    total += int(f)
    print("running total", total)
