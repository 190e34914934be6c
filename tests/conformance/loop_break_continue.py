# loop: break and continue in for and while loops
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
i = 0
total = 0
while True:
    i += 1
    if i % 3 == 0:
        continue
    total += i
    if i >= 10:
        break
print(i, total)
words = ["alpha", "", "beta", "STOP", "gamma"]
for w in words:
    if not w:
        continue
    if w == "STOP":
        break
    print(w.upper())
