# task: merge user accounts that share login identifiers using union-find with path compression and ranks
class DisjointSet:
    def __init__(self):
        self.parent: dict[str, str] = {}
        self.rank: dict[str, int] = {}

    def add(self, x: str) -> None:
        if x not in self.parent:
            self.parent[x] = x
            self.rank[x] = 0

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return out


ACCOUNTS = [
    ("John", ["john@mail.com", "john_work@corp.com"]),
    ("John", ["john00@mail.com"]),
    ("Johnny", ["john@mail.com", "johnny@home.net"]),
    ("Mary", ["mary@mail.com"]),
    ("J. Smith", ["johnny@home.net", "js@old.org"]),
    ("Mary", ["mary.k@corp.com", "mary@mail.com"]),
]

ds = DisjointSet()
owner = {}
merges = 0
for idx, (name, emails) in enumerate(ACCOUNTS):
    for email in emails:
        ds.add(email)
        owner.setdefault(email, name)
        merges += ds.union(emails[0], email)

print(f"{sum(len(e) for _, e in ACCOUNTS)} identifiers, {merges} successful unions")
merged = sorted((owner[sorted(members)[0]], sorted(members)) for members in ds.groups().values())
for name, emails in merged:
    print(f"{name:<8} {len(emails)} ids: {', '.join(emails)}")

print("john@mail.com ~ js@old.org:", ds.find("john@mail.com") == ds.find("js@old.org"))
print("john@mail.com ~ mary@mail.com:", ds.find("john@mail.com") == ds.find("mary@mail.com"))
print("max rank:", max(ds.rank.values()), "| union of already-joined:", ds.union("js@old.org", "john_work@corp.com"))
