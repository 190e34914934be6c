# tuple: lexicographic comparisons and sorting tuples
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9))
print((1, 2) == (1, 2), (1, 2) == [1, 2], () < (0,))
print(("a", 2) < ("a", 10), ("b", 0) > ("a", 99))
recs = [("bob", 25), ("alice", 30), ("bob", 20), ("alice", 25)]
print(sorted(recs))
print(sorted(recs, key=lambda r: (r[1], r[0])))
print(max(recs), min(recs))
print((1, 2.0) == (1.0, 2))
