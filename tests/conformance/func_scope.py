# func: local variables shadow globals; parameters are local
value = 10
def use_param(value):
    value += 1
    return value
print(use_param(1), value)
def local_shadow():
    value = "inner"
    return value
print(local_shadow(), value)
items = [1, 2]
def mutate_global_list():
    items.append(3)
mutate_global_list()
print(items)
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
