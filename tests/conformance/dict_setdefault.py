# dict: setdefault inserts only missing keys and returns the stored value
d = {}
print(d.setdefault("x", 1))
print(d.setdefault("x", 2))
print(d.setdefault("y"))
print(d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "hello world":
    counts[ch] = counts.setdefault(ch, 0) + 1
print(counts)
