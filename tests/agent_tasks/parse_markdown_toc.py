# task: extract Markdown headings (ignoring code fences) and build a nested table of contents
import re
from collections import Counter

DOC = """# Project Atlas

Intro text.

## Getting Started
### Install
Run `pip install atlas`.
### Configure
```bash
# not a heading, inside a fence
echo "## also not a heading"
```
## Usage
### Install
Yes, a duplicate title.
#### Advanced: Flags & Options!
## FAQ ##
Setext Heading
--------------
#NoSpace is not a heading
"""

HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


def slugify(title: str, seen: Counter) -> str:
    slug = re.sub(r"[^\w\s-]", "", title.lower()).strip()
    slug = re.sub(r"[\s]+", "-", slug)
    n = seen[slug]
    seen[slug] += 1
    return slug if n == 0 else f"{slug}-{n}"


def headings(text):
    in_fence = False
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if m := HEADING.match(line):
            yield len(m.group(1)), m.group(2)
        elif i > 0 and re.fullmatch(r"-{3,}|={3,}", line) and lines[i - 1].strip():
            yield (1 if line[0] == "=" else 2), lines[i - 1].strip()


seen = Counter()
toc = []
for level, title in headings(DOC):
    toc.append((level, title, slugify(title, seen)))

base = min(level for level, _, _ in toc)
for level, title, slug in toc:
    print(f"{'  ' * (level - base)}- [{title}](#{slug})")

print()
print("heading counts by level:", dict(sorted(Counter(l for l, _, _ in toc).items())))
