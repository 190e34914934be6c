# area: str: greedy word wrapping, full justification and column layout of a paragraph
TEXT = ("Agents call tools, read the results, and decide what to do next. Good agents keep their "
        "scratchpad short, verify assumptions, and stop when the task is done.")

def wrap(text, width):
    lines, line = [], []
    for word in text.split():
        if line and len(" ".join(line + [word])) > width:
            lines.append(line)
            line = []
        line.append(word)
    if line:
        lines.append(line)
    return lines

def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]

for width in (28, 40):
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for i, words in enumerate(lines):
        body = justify(words, width) if i < len(lines) - 1 else " ".join(words).ljust(width)
        print(f"|{body}|")

words = TEXT.replace(",", "").replace(".", "").split()
cols = 4
colw = max(len(w) for w in words) + 2
rows = [words[i:i + cols] for i in range(0, len(words), cols)]
for r in rows[:5]:
    print("".join(w.ljust(colw) for w in r).rstrip())
print(len(rows), "rows,", colw, "wide")
