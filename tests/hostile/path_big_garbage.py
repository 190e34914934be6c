# expect: ok
# attacks: allocating 10x the tight memory limit in 1 MB temporaries
total = 0
for i in range(200):
    s = 'q' * 1000000
    total += len(s)
print(total)
