# expect: error AttributeError
# attacks: f.__closure__ cell contents
def outer():
    secret = 42
    def inner():
        return secret
    return inner
print('ESCAPED', outer().__closure__[0].cell_contents)
