# area: realistic agent script: trie of command names for autocomplete with counts, prefix search and longest common prefix
class TrieNode:
    def __init__(self):
        self.children = {}
        self.count = 0
        self.end = False

class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        for w in words:
            self.insert(w)
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.end = True
    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node
    def complete(self, prefix, limit=10):
        node = self._find(prefix)
        out = []
        def walk(n, acc):
            if len(out) >= limit:
                return
            if n.end:
                out.append(acc)
            for ch in sorted(n.children):
                walk(n.children[ch], acc + ch)
        if node:
            walk(node, prefix)
        return out
    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node.count if node else 0
    def lcp(self):
        node, acc = self.root, ""
        while len(node.children) == 1 and not node.end:
            ch, node = next(iter(node.children.items()))
            acc += ch
        return acc

COMMANDS = ["git-status", "git-commit", "git-checkout", "git-cherry-pick", "grep", "gzip", "ls", "less", "lsof", "git-clone"]
t = Trie(COMMANDS)
for p in ["git-c", "git-ch", "l", "gz", "x", ""]:
    print(f"{p!r:<9} {t.count_prefix(p):>2} {t.complete(p, limit=4)}")
print(repr(Trie(["flower", "flow", "flight"]).lcp()), repr(Trie(["interview", "internet", "interval"]).lcp()), repr(t.lcp()))
def suggest(typed):
    opts = t.complete(typed)
    if len(opts) == 1:
        return f"complete -> {opts[0]}"
    if not opts:
        return "no match"
    common = Trie(opts).lcp()
    return f"{len(opts)} options, extend to {common!r}" if len(common) > len(typed) else f"{len(opts)} options"
for typed in ["git-che", "git-cl", "le", "gi", "zz"]:
    print(f"{typed:<8} {suggest(typed)}")
