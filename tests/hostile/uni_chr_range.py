# expect: error ValueError
# attacks: chr beyond U+10FFFF
print(chr(0x110000))
