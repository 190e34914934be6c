# task: validate product records with reusable descriptor fields
class Field:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        setattr(obj, self.private, self.validate(value))

    def validate(self, value):
        return value


class NonEmptyStr(Field):
    def validate(self, value):
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{self.public} must be a non-empty string, got {value!r}")
        return value.strip()


class Number(Field):
    def __init__(self, minimum=None, maximum=None):
        self.minimum = minimum
        self.maximum = maximum

    def validate(self, value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{self.public} must be a number, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public} must be >= {self.minimum}, got {value}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.public} must be <= {self.maximum}, got {value}")
        return value


class OneOf(Field):
    def __init__(self, *options):
        self.options = options

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.public} must be one of {self.options}, got {value!r}")
        return value


class Product:
    name = NonEmptyStr()
    price = Number(minimum=0)
    discount = Number(minimum=0, maximum=0.9)
    category = OneOf("book", "toy", "food")

    def __init__(self, name, price, category, discount=0):
        self.name = name
        self.price = price
        self.category = category
        self.discount = discount

    @property
    def final_price(self):
        return round(self.price * (1 - self.discount), 2)

    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.category!r}, discount={self.discount})"


rows = [
    {"name": "  Dune ", "price": 9.99, "category": "book", "discount": 0.1},
    {"name": "", "price": 5, "category": "toy"},
    {"name": "Lego", "price": -3, "category": "toy"},
    {"name": "Apple", "price": "1.20", "category": "food"},
    {"name": "Robot", "price": 49.5, "category": "gadget"},
    {"name": "Bread", "price": 3.25, "category": "food", "discount": 0.95},
    {"name": "Puzzle", "price": 15, "category": "toy", "discount": 0.25},
]
valid = []
for i, row in enumerate(rows):
    try:
        valid.append(Product(**row))
    except (TypeError, ValueError) as e:
        print(f"row {i}: {type(e).__name__}: {e}")

print("valid:", valid)
print("final prices:", {p.name: p.final_price for p in valid})
print("descriptor on class:", type(Product.price).__name__, Product.price.public, Product.price.minimum)
print("instance storage:", sorted(vars(valid[0])))
