# dict: iteration with items unpacking, sorted by key and by value
scores = {"carol": 88, "alice": 95, "bob": 72, "dave": 95}
for name, score in scores.items():
    print(f"{name}: {score}")
for name in sorted(scores):
    print(name, scores[name])
ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
print(ranked)
best = max(scores, key=lambda k: scores[k])
print(best)
inverted = {}
for k, v in scores.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
