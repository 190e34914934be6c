# int: factorial(50) iteratively and recursively produces exact bigints
def fact_iter(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def fact_rec(n):
    if n <= 1:
        return 1
    return n * fact_rec(n - 1)

print(fact_iter(50))
print(fact_rec(50))
print(fact_iter(50) == fact_rec(50))
print(fact_iter(20))
print(fact_iter(21))
print(fact_iter(25) // fact_iter(23))
print(len(str(fact_iter(100))))
total = 0
for ch in str(fact_iter(100)):
    total += int(ch)
print(total)
