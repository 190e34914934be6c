# area: err: trying to update a field of a tuple record raises TypeError: 'tuple' object does not support item assignment
record = ("ann", 31, "eng")
name, age, dept = record
print(name, age + 1, dept.upper())
record[1] = age + 1
