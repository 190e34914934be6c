# Text processing: generate a large ASCII document, then split it into lines and words,
# slice fixed-width windows, strip/lower/replace/startswith/find, join, and count words
# and bigrams in dicts -- the shape of log and report munging that agents write.


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 4) % n


WORDS = ("the quick brown fox jumps over lazy dog alpha beta gamma delta error warning "
         "info debug request response user session token cache miss hit timeout retry").split()


def generate(lines, rng):
    out = []
    for i in range(lines):
        level = ("INFO", "WARN", "ERROR", "DEBUG")[rng.next(4)]
        n = 5 + rng.next(10)
        words = [WORDS[rng.next(len(WORDS))] for _ in range(n)]
        if rng.next(7) == 0:
            words[0] = words[0].upper()
        out.append("%05d %-5s  %s  id=%d" % (i, level, " ".join(words), rng.next(100000)))
    return "\n".join(out) + "\n"


def main():
    rng = LCG(7)
    text = generate(LINES, rng)

    # Fixed-width windows over the whole string.
    width = 80
    chunks = [text[i:i + width] for i in range(0, len(text), width)]
    chunk_sum = sum(len(c.strip()) for c in chunks)

    # Line-level parsing.
    levels = {}
    ids = 0
    errors = []
    for line in text.splitlines():
        num, rest = line[:5], line[6:]
        level = rest[:5].strip()
        levels[level] = levels.get(level, 0) + 1
        pos = rest.rfind("id=")
        ids += int(rest[pos + 3:])
        if level == "ERROR" and "timeout" in rest:
            errors.append(num)

    # Word and bigram counts.
    counts = {}
    bigrams = {}
    prev = None
    for word in text.lower().split():
        if word.startswith("id=") or word.isdigit():
            prev = None
            continue
        counts[word] = counts.get(word, 0) + 1
        if prev is not None:
            key = prev + " " + word
            bigrams[key] = bigrams.get(key, 0) + 1
        prev = word
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    top_bi = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3]

    # Rewriting and joining.
    redacted = text.replace("token", "*****").replace("session", "sess")
    title_lines = [ln.title() for ln in redacted.split("\n")[:2000]]
    joined = "|".join(title_lines)
    centre = joined[len(joined) // 2 - 20:len(joined) // 2 + 20]
    found = 0
    start = 0
    while True:
        k = text.find("fox jumps", start)
        if k < 0:
            break
        found += 1
        start = k + 1
    reversed_tail = text[-200:][::-1]
    caps = sum(1 for c in text[:50000] if c.isupper())

    print("text", LINES, len(text), len(chunks), chunk_sum, ids, len(errors), errors[:3])
    print("levels", sorted(levels.items()))
    print("top", top, top_bi)
    print("rewrite", len(redacted), len(joined), repr(centre), found, caps, repr(reversed_tail[:30]))


LINES = 40000
main()
