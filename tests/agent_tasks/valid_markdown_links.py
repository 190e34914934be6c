# task: validate internal links and heading anchors in a Markdown document produced by an agent
import re
from collections import Counter

DOC = """# Project Guide

See [Installation](#installation) and [Usage](#usage-guide) first.

## Installation

Run the installer. Details in [Config](#configuration) and [FAQ](#faq).

## Usage Guide

Read [the API](./api.md#endpoints) or [external docs](https://example.com/docs).
Broken ones: [missing](#troubleshooting), [empty]() and [bad scheme](ftp://x.org/file).

## Configuration

### Environment Variables!

Link to [env vars](#environment-variables) and [self](#configuration).

## Usage Guide

Duplicate heading above. Image: ![logo](images/logo.png)
"""

KNOWN_FILES = {"api.md": {"endpoints", "auth"}, "images/logo.png": set()}


def slugify(heading: str) -> str:
    slug = re.sub(r"[^\w\s-]", "", heading.lower()).strip()
    return re.sub(r"\s+", "-", slug)


headings = re.findall(r"^(#{1,6})\s+(.+)$", DOC, flags=re.M)
anchors = []
counts = Counter()
for hashes, text in headings:
    base = slugify(text)
    anchors.append(base if counts[base] == 0 else f"{base}-{counts[base]}")
    counts[base] += 1

problems = []
for base, n in counts.items():
    if n > 1:
        problems.append(f"duplicate heading anchor '#{base}' appears {n} times")
levels = [len(h) for h, _ in headings]
for prev, cur in zip(levels, levels[1:]):
    if cur > prev + 1:
        problems.append(f"heading level jumps from h{prev} to h{cur}")

links = re.findall(r"(!?)\[([^\]]*)\]\(([^)]*)\)", DOC)
for bang, label, target in links:
    kind = "image" if bang else "link"
    if not target:
        problems.append(f"{kind} [{label}] has an empty target")
    elif target.startswith("#"):
        if target[1:] not in anchors:
            problems.append(f"{kind} [{label}] -> {target}: no such anchor")
    elif re.match(r"^https?://", target):
        continue
    elif re.match(r"^\w+://", target):
        problems.append(f"{kind} [{label}] uses unsupported scheme in {target}")
    else:
        path, _, frag = target.removeprefix("./").partition("#")
        if path not in KNOWN_FILES:
            problems.append(f"{kind} [{label}] -> missing file {path}")
        elif frag and frag not in KNOWN_FILES[path]:
            problems.append(f"{kind} [{label}] -> {path} has no anchor #{frag}")

print(f"{len(headings)} headings, {len(links)} links")
print("anchors:", anchors)
print(f"{len(problems)} problem(s):")
for p in problems:
    print(" -", p)
