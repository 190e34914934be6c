# area: err: calling a method that only exists on a subclass raises AttributeError naming the class
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."

class Dog(Animal):
    def speak(self):
        return "woof"
    def fetch(self):
        return f"{self.name} fetches"

pets = [Dog("rex"), Animal("generic")]
for p in pets:
    print(p.name, p.speak())
    print(p.fetch())
