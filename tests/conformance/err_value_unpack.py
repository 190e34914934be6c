# area: err: unpacking a split line with too many parts raises ValueError
lines = ["alice=admin", "bob=viewer", "carol=editor=extra"]
roles = {}
for line in lines:
    print("parsing", repr(line))
    user, role = line.split("=")
    roles[user] = role
print(roles)
