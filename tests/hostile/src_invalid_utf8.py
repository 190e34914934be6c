# expect: invalid
# attacks: invalid UTF-8 in source
x = 'ÿþ'
