# A class with only __getitem__ (and __len__) iterates, unpacks, tests membership and reverses.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


print(list(Squares(4)), 9 in Squares(4), 5 in Squares(4), sorted(Squares(3), reverse=True))
print(list(reversed(Squares(4))))
for x in Squares(2):
    print(x)
a, b = Squares(2)
print(a, b, sum(Squares(5)), max(Squares(3)), list(enumerate(Squares(2))), [*Squares(3)])


class Words:
    def __getitem__(self, i):
        return "abc"[i]


print(list(Words()), "".join(Words()))


class Nothing:
    pass


try:
    iter(Nothing())
except TypeError as e:
    print(e)
try:
    reversed(Words())
except TypeError as e:
    print(e)
