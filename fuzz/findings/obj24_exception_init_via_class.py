class E(Exception):
    def __init__(self, code):
        Exception.__init__(self, 'E' + str(code))
        self.code = code
e = E(3)
print(e, e.args, e.code)
