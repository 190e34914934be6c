# Text statistics an agent might compute over a document it was handed.
#
# Run it:            cargo run --release -- run examples/text_stats.py
# With your text:    cargo run --release -- run examples/text_stats.py --input 'text="the cat saw the dog"'
#
# Job inputs become module globals; when no `text` input is given, the NameError is caught and the sample
# below is used (so the script also runs unchanged under CPython).

SAMPLE = """
Agents write small scripts. Small scripts call tools, parse the answers and
summarise them. The scripts must be safe: no files, no network, no surprises.
A safe engine runs many small scripts at once, and every script gets a budget.
"""

STOPWORDS = {"a", "and", "the", "no", "at", "them", "must", "be", "gets", "every", "many"}

try:
    TEXT = text
except NameError:
    TEXT = SAMPLE


def words_of(s):
    """Lower-case words with surrounding punctuation stripped."""
    out = []
    for raw in s.split():
        w = raw.strip(".,;:!?\"'()").lower()
        if w:
            out.append(w)
    return out


words = words_of(TEXT)
sentences = [s.strip() for s in TEXT.replace("!", ".").replace("?", ".").split(".") if s.strip()]

counts = {}
for w in words:
    if w not in STOPWORDS:
        counts[w] = counts.get(w, 0) + 1

bigrams = {}
for pair in zip(words, words[1:]):
    bigrams[pair] = bigrams.get(pair, 0) + 1

top_words = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
top_bigrams = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
lengths = [len(w) for w in words]
longest = max(words, key=len) if words else ""

print("words: %d, distinct: %d, sentences: %d" % (len(words), len(set(words)), len(sentences)))
if words:
    print("mean word length: {:.2f}, longest: {!r}".format(sum(lengths) / len(lengths), longest))
print("top words:")
for i, (w, n) in enumerate(top_words, 1):
    bar = "#" * n
    print(f"  {i}. {w:<10} {n:>2} {bar}")
print("top bigrams:")
for (a, b), n in top_bigrams:
    print(f"  {a} {b}: {n}")

initials = {}
for w in counts:
    initials.setdefault(w[0], []).append(w)
busiest = max(sorted(initials), key=lambda k: len(initials[k])) if initials else None

{
    "words": len(words),
    "distinct": len(set(words)),
    "top": [w for w, _ in top_words],
    "busiest_initial": busiest,
}
