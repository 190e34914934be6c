# fuel: plain recursive sum and product 900 deep with big results
def rsum(n):
    if n == 0:
        return 0
    return n + rsum(n - 1)
def rprod(n):
    if n <= 1:
        return 1
    return n * rprod(n - 1)
print(rsum(900))
print(rprod(300) % (10**9 + 7))
print(len(str(rprod(300))))
def rsum_list(xs, i):
    if i == len(xs):
        return 0
    return xs[i] + rsum_list(xs, i + 1)
print(rsum_list(list(range(900)), 0))
