# area: err: str.join over a list containing ints raises TypeError naming the bad item index
ids = [101, 102, 103]
labels = ["a", "b", "c"]
print(", ".join(labels))
print(", ".join(str(i) for i in ids))
print(", ".join(ids))
