# area: err: int() on a malformed CSV field raises ValueError with CPython's message
rows = "id,qty\n1,4\n2,10\n3,seven\n4,2"
total = 0
for line in rows.splitlines()[1:]:
    ident, qty = line.split(",")
    print("row", ident, "qty", qty)
    total += int(qty)
print(total)
