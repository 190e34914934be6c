# expect: error NameError
# attacks: a Cyrillic homoglyph identifier must stay distinct from its Latin look-alike
а = 1
print("ESCAPED", a)
