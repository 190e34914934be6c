# area: realistic agent script: parse markdown headings into a table of contents with slugs, numbering and duplicate handling
import re

DOC = """# Project Atlas
Intro text.
## Installation
### Requirements
### Installing from source
## Usage
### Quick start
### Configuration
#### Environment variables
## Usage
Duplicate heading on purpose.
```
# not a heading inside code
```
## FAQ & Troubleshooting
"""

def slug(text, seen):
    base = re.sub(r"[^\w\s-]", "", text.lower()).strip()
    base = re.sub(r"\s+", "-", base)
    n = seen.get(base, 0)
    seen[base] = n + 1
    return base if n == 0 else f"{base}-{n}"

headings = []
in_code = False
for line in DOC.splitlines():
    if line.startswith("```"):
        in_code = not in_code
        continue
    m = re.match(r"^(#{1,6})\s+(.*)$", line)
    if m and not in_code:
        headings.append((len(m.group(1)), m.group(2).strip()))

seen = {}
counters = [0] * 7
toc = []
for level, text in headings:
    counters[level] += 1
    for deeper in range(level + 1, 7):
        counters[deeper] = 0
    number = ".".join(str(c) for c in counters[2:level + 1]) if level > 1 else ""
    toc.append((level, number, text, slug(text, seen)))

for level, number, text, anchor in toc:
    if level == 1:
        print(f"{text}\n{'=' * len(text)}")
        continue
    indent = "  " * (level - 2)
    print(f"{indent}- {number} [{text}](#{anchor})")
print(f"{len(headings)} headings, deepest level {max(l for l, _ in headings)}")
print("anchors:", [a for *_, a in toc])
