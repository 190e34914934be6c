# Text processing on a large string: fixed-width chunking and windows of a 2 MB ASCII text. Slicing was a
# copy of the whole string per slice (issue 21: 0.24x CPython on this shape). Non-ASCII text still scans from
# the start per slice (a char index in a side table is the open step).
text = "lorem ipsum dolor sit amet, consectetur adipiscing elit " * 36000
lines = [text[i:i + 80] for i in range(0, len(text), 80)]
total = 0
for _ in range(5):
    for i in range(0, len(text), 80):
        total += len(text[i:i + 80])
vowels = 0
for i in range(0, len(text), 997):
    vowels += text[i] in "aeiou"
print(len(lines), total, vowels)
