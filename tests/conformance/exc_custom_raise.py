# exc: raising builtin exceptions with custom messages from validation code
def validate(age):
    if not isinstance(age, int):
        raise TypeError("age must be int, got " + type(age).__name__)
    if age < 0:
        raise ValueError(f"age must be non-negative, got {age}")
    if age > 150:
        raise ValueError("age unrealistic", age)
    return age
for a in [30, -1, "x", 200, 0]:
    try:
        print("valid", validate(a))
    except ValueError as e:
        print("ValueError", e, e.args)
    except TypeError as e:
        print("TypeError", e)
