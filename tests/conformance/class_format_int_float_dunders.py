# class_: __format__, __int__, __float__ and __index__ on user classes
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return format(self.cents / 100, spec or ".2f")

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100


m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:>10.1f}|", format(m, ",.3f"), int(m), float(m))


class Slot:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


print(int(Slot(4)), "%d %x" % (Slot(7), Slot(255)))


class Plain:
    pass


print(f"{Plain()!r:.8}")
try:
    format(Plain(), "d")
except TypeError as e:
    print("TypeError:", e)
try:
    int(Plain())
except TypeError as e:
    print("TypeError:", e)
