# ctrl: if/elif/else chains choose the first true branch
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 7, 42, 1000]:
    print(n, classify(n))
x = 15
if x % 3 == 0:
    print("div3")
if x % 5 == 0:
    print("div5")
if x % 7 == 0:
    print("div7")
else:
    print("not div7")
