# loop: while/else runs else only when the loop ends without break
n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("while finished normally")
n = 0
while n < 10:
    if n == 4:
        print("breaking at", n)
        break
    n += 1
else:
    print("not printed")
while False:
    print("never")
else:
    print("else on zero iterations")
def is_prime(p):
    d = 2
    while d * d <= p:
        if p % d == 0:
            break
        d += 1
    else:
        return True
    return False
print([p for p in range(2, 40) if is_prime(p)])
