# set: de-duplicating lists via set and sorted
data = [5, 3, 5, 1, 3, 9, 1, 1]
print(sorted(set(data)))
print(len(set(data)))
words = "the cat and the hat and the bat".split()
print(sorted(set(words)))
seen = set()
ordered = []
for w in words:
    if w not in seen:
        seen.add(w)
        ordered.append(w)
print(ordered)
print(sorted(set("mississippi")))
print(sorted(set(data), reverse=True))
