# task: rank wiki pages by PageRank power iteration and report in/out-degree centrality
LINKS = {
    "Home": ["Docs", "Blog", "About"],
    "Docs": ["Home", "API", "Tutorial"],
    "API": ["Docs"],
    "Tutorial": ["Docs", "API", "Blog"],
    "Blog": ["Home", "Tutorial"],
    "About": [],
    "Changelog": ["Docs"],
}

pages = sorted(LINKS)
N = len(pages)
DAMPING = 0.85


def pagerank(iterations=100, tol=1e-10):
    rank = {p: 1 / N for p in pages}
    for it in range(1, iterations + 1):
        dangling = sum(rank[p] for p in pages if not LINKS[p])
        new = {p: (1 - DAMPING) / N + DAMPING * dangling / N for p in pages}
        for p in pages:
            out = LINKS[p]
            for q in out:
                new[q] += DAMPING * rank[p] / len(out)
        delta = sum(abs(new[p] - rank[p]) for p in pages)
        rank = new
        if delta < tol:
            return rank, it
    return rank, iterations


rank, iters = pagerank()
in_deg = {p: 0 for p in pages}
for p, outs in LINKS.items():
    for q in outs:
        in_deg[q] += 1

print(f"converged after {iters} iterations; sum of ranks = {sum(rank.values()):.6f}")
print(f"{'page':<10}{'rank':>8}{'in':>4}{'out':>5}  bar")
for p in sorted(pages, key=lambda p: (-rank[p], p)):
    bar = "=" * round(rank[p] * 100)
    print(f"{p:<10}{rank[p]:>8.4f}{in_deg[p]:>4}{len(LINKS[p]):>5}  {bar}")

orphans = [p for p in pages if in_deg[p] == 0]
dead_ends = [p for p in pages if not LINKS[p]]
print("pages nobody links to:", orphans)
print("dead ends:", dead_ends)
reciprocal = sorted({tuple(sorted((a, b))) for a in pages for b in LINKS[a] if a in LINKS[b]})
print("reciprocal links:", reciprocal)
