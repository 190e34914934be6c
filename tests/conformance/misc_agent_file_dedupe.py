# area: realistic agent script: find duplicate files in a fake file listing by size then content checksum, compute savings
LISTING = [
    ("/photos/2023/img001.jpg", 2_400_112, "a1f3"),
    ("/photos/2023/img002.jpg", 2_400_112, "b7c9"),
    ("/backup/img001.jpg", 2_400_112, "a1f3"),
    ("/docs/report.pdf", 880_004, "cc01"),
    ("/docs/report (1).pdf", 880_004, "cc01"),
    ("/docs/report-final.pdf", 880_004, "cc01"),
    ("/music/song.mp3", 5_120_000, "dd44"),
    ("/tmp/empty.txt", 0, "0000"),
    ("/tmp/empty2.txt", 0, "0000"),
    ("/notes/todo.md", 1_024, "ee55"),
]

by_size = {}
for path, size, digest in LISTING:
    by_size.setdefault(size, []).append((path, digest))
candidates = {s: files for s, files in by_size.items() if len(files) > 1 and s > 0}
print("size collisions:", {s: len(f) for s, f in sorted(candidates.items())})
dupes = []
for size, files in sorted(candidates.items(), reverse=True):
    by_digest = {}
    for path, digest in files:
        by_digest.setdefault(digest, []).append(path)
    for digest, paths in by_digest.items():
        if len(paths) > 1:
            keep = min(paths, key=lambda p: (p.count("/"), len(p), p))
            dupes.append((size, keep, sorted(p for p in paths if p != keep)))
saved = 0
for size, keep, extra in dupes:
    saved += size * len(extra)
    print(f"keep {keep}")
    for p in extra:
        print(f"   delete {p} ({size:,} bytes)")

def human(n):
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.1f} {unit}" if unit != "B" else f"{n} B"
        n /= 1024
print("reclaimable:", human(saved), "| total:", human(sum(s for _, s, _ in LISTING)))
print("ignored empty files:", [p for p, s, _ in LISTING if s == 0])
