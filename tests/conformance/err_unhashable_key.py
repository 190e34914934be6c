# area: err: using a list as a dict key raises TypeError: unhashable type
counts = {}
events = [("click", "home"), ("click", "cart"), ("view", "home")]
for ev in events:
    counts[ev] = counts.get(ev, 0) + 1
print(sorted(counts.items()))
tags = ["a", "b"]
print("now grouping by tag list")
counts[tags] = 1
