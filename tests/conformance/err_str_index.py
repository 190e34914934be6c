# area: err: string index out of range while scanning tokens
text = "abc"
i = 0
while True:
    print(i, text[i])
    i += 1
