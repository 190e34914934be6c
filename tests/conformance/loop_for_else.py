# loop: for/else with and without break
for x in [1, 2, 3]:
    print(x)
else:
    print("completed")
for x in [1, 2, 3]:
    if x == 2:
        print("found 2")
        break
else:
    print("not found")
for x in []:
    print("never")
else:
    print("empty loop else")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
