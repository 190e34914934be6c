# err: uncaught ValueError from unpacking too many values
line = "key=value=extra"
left, right = line.split("=", 1)
print(left, right)
left, right = line.split("=")
