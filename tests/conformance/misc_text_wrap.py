# misc: greedy word wrapping and justification of a paragraph
text = "The quick brown fox jumps over the lazy dog and keeps running through the forest until nightfall"
def wrap(words, width):
    lines = []
    cur = []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines
for width in [20, 32]:
    print("=" * width)
    for line in wrap(text.split(), width):
        print(" ".join(line).ljust(width) + "|")
lines = wrap(text.split(), 24)
for line in lines[:-1]:
    gaps = len(line) - 1
    spaces = 24 - sum([len(w) for w in line])
    if gaps == 0:
        print(line[0].ljust(24) + "|")
        continue
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    print(out + line[-1] + "|")
print(" ".join(lines[-1]).ljust(24) + "|")
