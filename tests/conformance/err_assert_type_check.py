# area: err: an isinstance assertion guarding a function argument fails with its message
def mean(values):
    assert isinstance(values, list), f"expected list, got {type(values).__name__}"
    return sum(values) / len(values)

print(mean([1, 2, 3]))
print(mean([2.5, 3.5]))
print(mean((1, 2)))
