# String building: f-strings, concatenation, ''.join over a list of pieces,
# and common str methods (upper, lower, replace, split, strip, startswith).


def render_row(i):
    name = f"item{i}"
    return f"{name:>8}|{i * 7:6d}|{i % 13:02d}|{name.upper()}"


def build_report(n):
    pieces = []
    for i in range(n):
        pieces.append(render_row(i))
    return "\n".join(pieces)


def concat_words(n):
    s = ""
    for i in range(n):
        s = s + str(i % 10)
        if i % 50 == 49:
            s = s + "\n"
    return s


def transform(text):
    total = 0
    count = 0
    for line in text.split("\n"):
        parts = line.split("|")
        if len(parts) != 4:
            continue
        key = parts[0].strip()
        if key.startswith("item1"):
            count = count + 1
        total = total + int(parts[1].strip()) + len(parts[3].lower().replace("item", "x"))
    return total, count


checksum = 0
lines = 0
for rnd in range(30):
    report = build_report(12000)
    total, count = transform(report)
    checksum = (checksum * 31 + total + count + len(report)) % 1000000007
    digits = concat_words(20000)
    lines = lines + len(digits.split("\n"))
    checksum = (checksum + digits.count("7") + len(digits.strip())) % 1000000007

print(checksum, lines, report[:30].replace("\n", "/"))
