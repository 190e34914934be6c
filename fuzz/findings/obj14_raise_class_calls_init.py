class E(Exception):
    def __init__(self, code):
        super().__init__('x')
try:
    raise E
except TypeError as e:
    print('TypeError', e)
except E as e:
    print('raised E without calling __init__')
