# fuel: sorted with a lambda key called many times (suspension inside builtin callbacks)
words = []
seed = 7
for i in range(400):
    seed = (seed * 1103515245 + 12345) % 2147483648
    n = 1 + (seed >> 16) % 7
    w = ""
    for k in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        w += chr(97 + (seed >> 16) % 26)
    words.append(w)
ordered = sorted(words, key=lambda w: (len(w), w))
print(ordered[:10])
print(ordered[-5:])
print(len(ordered), sum([len(w) for w in ordered]))
rev = sorted(words, key=lambda w: (len(w), w), reverse=True)
print(rev[:5])
words.sort(key=lambda w: w[::-1])
print(words[:5])
