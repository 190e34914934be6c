# loop: break only exits the innermost loop; flags exit outer loops
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j)
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
count = 0
for a in range(5):
    for b in range(5):
        if (a + b) % 2:
            continue
        count += 1
print(count)
