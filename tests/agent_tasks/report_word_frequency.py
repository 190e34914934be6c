# task: report word frequencies, bigrams and reading stats for a short document, excluding stop words
import re
from collections import Counter
from itertools import pairwise

DOCUMENT = """
The agent reads the ticket, then the agent calls the search tool. The search tool
returns documents; the agent ranks the documents and writes a short answer. When the
answer is wrong, the reviewer flags the answer and the agent retries the search with a
better query. Good agents keep answers short, cite documents, and never invent facts.
"""
STOP = {"the", "a", "and", "then", "is", "when", "with", "never", "keep"}

sentences = [s for s in re.split(r"(?<=[.!?])\s+", DOCUMENT.strip()) if s]
words = re.findall(r"[a-z']+", DOCUMENT.lower())
content = [w for w in words if w not in STOP]
freq = Counter(content)
bigrams = Counter(pairwise(content))

print(f"sentences: {len(sentences)}, words: {len(words)}, unique: {len(set(words))}")
print(f"avg words/sentence: {len(words) / len(sentences):.1f}, "
      f"avg word length: {sum(map(len, words)) / len(words):.2f}")
print("\ntop words:")
for word, n in freq.most_common(6):
    print(f"  {word:<10}{n:>3} {'=' * n}")
print("\ntop bigrams:")
for (a, b), n in bigrams.most_common(4):
    print(f"  {a} {b}: {n}")
hapax = sorted(w for w, n in freq.items() if n == 1)
print(f"\n{len(hapax)} words used once, e.g. {', '.join(hapax[:5])}")
longest = " ".join(max(sentences, key=len).split())
print(f"longest sentence ({len(longest.split())} words): {longest[:50]}...")
