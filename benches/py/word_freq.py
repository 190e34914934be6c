# Agent-style text processing: generate a pseudo-random text, normalise it
# (lower, strip punctuation, split), count word and bigram frequencies in
# dicts, and report the top entries via sorted(key=lambda ...).

VOCAB = (
    "the quick brown fox jumps over lazy dog agent tool call result error "
    "retry plan step observe act reflect memory context token model prompt "
    "answer question search file read write parse json list dict string value "
    "Python Rust Swarm Engine Secure Subset Benchmark Loop Function Closure"
).split()
PUNCT = [",", ".", "!", "?", ";", ":", ""]


def generate(n_words, seed):
    words = []
    s = seed
    nv = len(VOCAB)
    for i in range(n_words):
        s = (s * 1103515245 + 12345) % 2147483648
        w = VOCAB[(s // 65536) % nv]
        if s % 11 == 0:
            w = w.upper()
        p = PUNCT[(s // 16) % len(PUNCT)]
        words.append(w + p)
        if i % 17 == 16:
            words.append("\n")
    return " ".join(words)


def normalise(text):
    out = []
    for line in text.split("\n"):
        for tok in line.split():
            tok = tok.strip(",.!?;:").lower()
            if tok:
                out.append(tok)
    return out


def count(words):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    bigrams = {}
    prev = None
    for w in words:
        if prev is not None:
            key = (prev, w)
            if key in bigrams:
                bigrams[key] = bigrams[key] + 1
            else:
                bigrams[key] = 1
        prev = w
    return freq, bigrams


def report(freq, bigrams):
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    top_bi = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    long_words = sorted([w for w in freq if len(w) > 6])
    unique = set(freq.keys())
    lines = [f"{w}={c}" for w, c in top]
    lines.append(" ".join([f"{kv[0][0]}+{kv[0][1]}={kv[1]}" for kv in top_bi]))
    lines.append(f"unique={len(unique)} long={','.join(long_words[:4])}")
    return lines


result = []
total = 0
for rnd in range(11):
    text = generate(60000, 42 + rnd)
    words = normalise(text)
    freq, bigrams = count(words)
    result = report(freq, bigrams)
    total = total + len(words) + len(bigrams) + sum(freq.values())
print(total)
print(" | ".join(result))
