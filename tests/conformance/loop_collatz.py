# loop: while loop computing Collatz sequence lengths
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
for n in [1, 2, 3, 6, 7, 27, 97]:
    print(n, collatz_len(n))
best = 1
for n in range(1, 1000):
    if collatz_len(n) > collatz_len(best):
        best = n
print(best, collatz_len(best))
