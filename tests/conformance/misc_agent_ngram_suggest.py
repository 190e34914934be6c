# area: realistic agent script: build a bigram model from command history and suggest next commands with probabilities
from collections import Counter, defaultdict

HISTORY = """git status
git add -A
git commit -m wip
git push
git status
git diff
git add -A
git commit -m fix
git push
make test
git status
git add -A
git commit -m docs
make test
git push""".splitlines()

cmds = [" ".join(line.split()[:2]) for line in HISTORY]
follow = defaultdict(Counter)
for a, b in zip(cmds, cmds[1:]):
    follow[a][b] += 1
for cmd in sorted(follow):
    total = sum(follow[cmd].values())
    opts = ", ".join(f"{nxt} ({n / total:.0%})" for nxt, n in follow[cmd].most_common())
    print(f"after {cmd!r:<14} -> {opts}")

def suggest(cmd, k=2):
    if cmd not in follow:
        return []
    return [c for c, _ in follow[cmd].most_common(k)]

def predict_chain(start, n):
    chain = [start]
    for _ in range(n):
        nxt = suggest(chain[-1], 1)
        if not nxt:
            break
        chain.append(nxt[0])
    return chain

print(suggest("git add"), suggest("make test"), suggest("unknown"))
print(" -> ".join(predict_chain("git status", 4)))
freq = Counter(cmds)
print(freq.most_common(3), len(freq))
