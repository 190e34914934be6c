# area: classes: iterator classes with __iter__/__next__, StopIteration, reusable iterables vs one-shot iterators
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Paginated:
    def __init__(self, items, size):
        self.items, self.size = items, size
    def __iter__(self):
        return PageIter(self)
    def __len__(self):
        return (len(self.items) + self.size - 1) // self.size

class PageIter:
    def __init__(self, src):
        self.src, self.page = src, 0
    def __iter__(self):
        return self
    def __next__(self):
        start = self.page * self.src.size
        if start >= len(self.src.items):
            raise StopIteration
        self.page += 1
        return self.page, self.src.items[start:start + self.src.size]

c = Countdown(3)
print(list(c), list(c))
print(sum(Countdown(100)), max(Countdown(5)), sorted(Countdown(4)))
a, b, *rest = Countdown(5)
print(a, b, rest)
pages = Paginated(list("abcdefghij"), 4)
print(len(pages))
for n, items in pages:
    print(n, items)
print([n for n, _ in pages], dict(pages)[3])
it = iter(pages)
print(next(it), next(it), next(it), next(it, "done"))
print(list(zip(Countdown(3), pages)))
print(list(enumerate(Countdown(2), 1)), 2 in Countdown(5), 9 in Countdown(5))
