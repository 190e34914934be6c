# expect: error ValueError
# attacks: f-string of a huge int
print(f'{7**10000}')
