# task: compute word frequencies of a document with Counter, excluding stopwords, and print a bar chart
import re
from collections import Counter

DOCUMENT = """
The agent reads the task, plans the steps, and calls the tools. When a tool fails,
the agent retries the tool with backoff. The plan is revised when the tools return
unexpected results; a good agent keeps the plan short and the tools simple.
Agents that over-plan waste tokens. Agents that under-plan waste tool calls!
"""

STOPWORDS = set("the a an and is are when with that of to it its".split())


def words(text):
    return re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower())


all_words = words(DOCUMENT)
counts = Counter(w for w in all_words if w not in STOPWORDS)

print(f"total words: {len(all_words)}, distinct: {len(set(all_words))}, "
      f"content words: {sum(counts.values())}")
print()
top = counts.most_common(8)
longest = max(len(w) for w, _ in top)
scale = 30 / top[0][1]
for word, n in top:
    print(f"{word:>{longest}} | {'#' * round(n * scale):<30} {n}")

print()
singular = Counter()
for w, n in counts.items():
    stem = w[:-1] if w.endswith("s") and w[:-1] in counts else w
    singular[stem] += n
merged = {w: n for w, n in singular.items() if n != counts.get(w, 0)}
print("merged plurals:", dict(sorted(merged.items())))

by_length = Counter(len(w) for w in all_words)
print("length histogram:", ", ".join(f"{k}:{by_length[k]}" for k in sorted(by_length)))
hapax = sorted(w for w, n in counts.items() if n == 1)
print(f"hapax legomena ({len(hapax)}):", " ".join(hapax))

a, b = Counter(words("the tool calls the agent")), Counter(words("the agent calls the agent"))
print("a + b:", sorted((a + b).items()))
print("a - b:", sorted((a - b).items()))
print("a & b:", sorted((a & b).items()))
