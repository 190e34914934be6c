# unpack: starred targets collect the remaining items into a list
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = "hello"
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*rest, = (7, 8)
print(rest)
head, *tail = range(3)
print(head, tail, type(tail).__name__)
first, *_, last = [10, 20, 30, 40, 50]
print(first, last)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
