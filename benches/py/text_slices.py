# Text processing on large strings: fixed-width chunking and windows of a 2 MB ASCII text and a 1.8 MB
# non-ASCII one. Slicing was a copy of the whole string per slice (issue 21: 0.24x CPython on this shape).
text = "lorem ipsum dolor sit amet, consectetur adipiscing elit " * 36000
lines = [text[i:i + 80] for i in range(0, len(text), 80)]
total = 0
for _ in range(5):
    for i in range(0, len(text), 80):
        total += len(text[i:i + 80])
accented = "naïve café résumé " * 100000
parts = [accented[i:i + 64] for i in range(0, len(accented), 64)]
vowels = 0
for i in range(0, len(accented), 997):
    vowels += accented[i] in "aeiouéï"
print(len(lines), total, len(parts), parts[-1][:5], vowels)
