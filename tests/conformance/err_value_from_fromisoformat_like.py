# area: err: a hand-written date parser raises ValueError for an out-of-range month
def parse_date(s):
    y, m, d = (int(p) for p in s.split("-"))
    if not 1 <= m <= 12:
        raise ValueError(f"month must be in 1..12, got {m} in {s!r}")
    if not 1 <= d <= 31:
        raise ValueError(f"day must be in 1..31, got {d}")
    return y, m, d

for s in ["2024-01-31", "2023-12-01", "2024-13-02"]:
    print(s, "->", parse_date(s))
