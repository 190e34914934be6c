# area: realistic agent script: group conventional-commit messages into a changelog by type/scope with breaking changes
import re

COMMITS = """\
a1b2c3 feat(api): add pagination to /users
d4e5f6 fix(auth): handle expired refresh tokens
0a0b0c docs: update README badges
1f2e3d feat!: drop Python 3.8 support
9c8b7a fix(api): correct off-by-one in page size
7d7d7d chore(deps): bump requests to 2.32
5e5e5e feat(ui): dark mode toggle
4c4c4c refactor(auth)!: rename Session to AuthSession
3b3b3b random commit without type
2a2a2a perf(db): add index on orders.created_at"""

PAT = re.compile(r"^(?P<sha>[0-9a-f]{6}) (?P<type>\w+)(?:\((?P<scope>[\w-]+)\))?(?P<bang>!)?: (?P<desc>.+)$")
TITLES = {"feat": "Features", "fix": "Bug Fixes", "perf": "Performance", "refactor": "Refactoring", "docs": "Documentation"}
sections, breaking, skipped = {}, [], []
for line in COMMITS.splitlines():
    m = PAT.match(line)
    if not m:
        skipped.append(line.split(" ", 1)[0])
        continue
    d = m.groupdict()
    entry = (f"**{d['scope']}:** " if d["scope"] else "") + d["desc"] + f" ({d['sha']})"
    if d["bang"]:
        breaking.append(entry)
    if d["type"] in TITLES:
        sections.setdefault(d["type"], []).append(entry)
    else:
        skipped.append(d["sha"])

print("# Changelog\n")
if breaking:
    print("## BREAKING CHANGES")
    for e in breaking:
        print(f"- {e}")
    print()
for t in TITLES:
    if t in sections:
        print(f"## {TITLES[t]}")
        for e in sorted(sections[t]):
            print(f"- {e}")
        print()
print("skipped:", skipped)
bump = "major" if breaking else "minor" if "feat" in sections else "patch"
major, minor, patch = map(int, "1.4.2".split("."))
new = {"major": (major + 1, 0, 0), "minor": (major, minor + 1, 0), "patch": (major, minor, patch + 1)}[bump]
print(f"next version: {'.'.join(map(str, new))} ({bump})")
