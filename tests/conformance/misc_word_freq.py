# misc: word frequency with dict.get, sorted by (-count, word)
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
freq = {}
for raw in text.split():
    word = raw.strip(".,;:!?").lower()
    if word:
        freq[word] = freq.get(word, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in ranked[:8]:
    print(f"{word:>12} {count:3d} {'#' * count}")
print("distinct:", len(freq), "total:", sum(freq.values()))
singletons = sorted([w for w, c in freq.items() if c == 1])
print("hapax:", singletons)
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
