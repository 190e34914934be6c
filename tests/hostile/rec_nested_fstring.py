# expect: error RecursionError
# attacks: f-string of a deep nested list
x = []
for i in range(100000):
    x = [x]
print(f'{x}')
