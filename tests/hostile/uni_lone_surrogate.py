# expect: invalid
# attacks: a lone surrogate escape in a string literal cannot be represented
print('\ud800')
