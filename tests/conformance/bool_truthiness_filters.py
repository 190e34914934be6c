# area: bool: truthiness of values when filtering records, bool arithmetic, any/all with generators, explicit None checks
rows = [
    {"id": 1, "email": "a@x.io", "tags": ["x"], "score": 0, "note": ""},
    {"id": 2, "email": None, "tags": [], "score": 3.5, "note": "vip"},
    {"id": 3, "email": "", "tags": ["y", "z"], "score": None, "note": " "},
    {"id": 0, "email": "d@x.io", "tags": None, "score": -1, "note": None},
]
print([r["id"] for r in rows if r["email"]])
print([r["id"] for r in rows if r["email"] is not None])
print([r["id"] for r in rows if r["tags"]], [r["id"] for r in rows if r["score"]], [r["id"] for r in rows if r["score"] is not None])
print([bool(r["note"]) for r in rows], [bool(r["note"] and r["note"].strip()) for r in rows])
print(sum(bool(r["tags"]) for r in rows), sum(r["score"] or 0 for r in rows), True + True, True * 10, -False)
print([bool(v) for v in [0, 0.0, -0.0, "", " ", [], [0], {}, {0: 0}, set(), (), (None,), None, "False", range(0), range(1)]])
print(any(r["id"] == 0 for r in rows), all(r["id"] for r in rows), all(isinstance(r["id"], int) for r in rows))
print(isinstance(True, int), True == 1, False == 0, True is True, type(True).__name__, int(True), str(False), bool("0"))
print(True and "yes", False and "yes", None or [], [] or {}, 0 or None, "a" and "b" and "c", not [], not "x")
score = None
print(score or "n/a", score if score is not None else "n/a", (score or 0) + 1)
score = 0
print(score or "n/a", score if score is not None else "n/a")
flags = {"debug": True, "verbose": False, "dry_run": True}
print(sorted(k for k, v in flags.items() if v), sum(flags.values()), [int(v) for v in flags.values()])
print(max(True, 0.5), sorted([True, False, 0.5]), True < 2, {True: "t", 1: "one"})
