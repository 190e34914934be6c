# area: comp: chained comprehension pipelines over event data (dedupe, index, invert, set algebra) with sorted output
events = [
    ("ann", "view", "p1"), ("bob", "view", "p2"), ("ann", "buy", "p1"), ("cyd", "view", "p1"),
    ("bob", "view", "p1"), ("ann", "view", "p3"), ("cyd", "buy", "p3"), ("bob", "buy", "p2"), ("ann", "view", "p1"),
]
users = sorted({u for u, _, _ in events})
viewed = {u: sorted({p for uu, a, p in events if uu == u and a == "view"}) for u in users}
bought = {u: sorted({p for uu, a, p in events if uu == u and a == "buy"}) for u in users}
print(viewed)
print(bought)
converted = {u: sorted(set(bought[u]) & set(viewed[u])) for u in users}
print(converted)
products = sorted({p for *_, p in events})
audience = {p: sorted({u for u, _, pp in events if pp == p}) for p in products}
print(audience)
print({p: len(us) for p, us in audience.items() if len(us) > 1})
pairs = sorted({(a, b) for a in users for b in users if a < b and set(viewed[a]) & set(viewed[b])})
print(pairs)
unique_events = sorted(set(events), key=events.index)
print(len(events), len(unique_events), unique_events[-1])
