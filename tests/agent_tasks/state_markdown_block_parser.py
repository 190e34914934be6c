# task: parse markdown-ish text into blocks with a line-by-line state machine and emit an outline and stats
import json
import re

DOC = """# Release notes
Version 2.4 ships today.
It fixes several bugs.

## Highlights
- faster search
- new *export* button
  (continued item text)
- dark mode

```python
print("hello")
# not a heading
```

## Breaking changes
1. removed v1 API
2. renamed `--fast` flag
> Please update clients
> before March.
Trailing paragraph without blank line.
"""

blocks = []
state = "text"
current: dict | None = None


def flush():
    global current
    if current:
        blocks.append(current)
    current = None


for line in DOC.splitlines():
    if state == "code":
        if line.startswith("```"):
            state = "text"
            flush()
        else:
            current["lines"].append(line)
        continue
    if m := re.match(r"^(#{1,6})\s+(.*)", line):
        flush()
        blocks.append({"type": "heading", "level": len(m[1]), "text": m[2]})
    elif line.startswith("```"):
        flush()
        state = "code"
        current = {"type": "code", "lang": line[3:] or None, "lines": []}
    elif m := re.match(r"^(-|\d+\.)\s+(.*)", line):
        kind = "ul" if m[1] == "-" else "ol"
        if not current or current["type"] != kind:
            flush()
            current = {"type": kind, "items": []}
        current["items"].append(m[2])
    elif line.startswith("  ") and current and current["type"] in ("ul", "ol"):
        current["items"][-1] += " " + line.strip()
    elif line.startswith(">"):
        if not current or current["type"] != "quote":
            flush()
            current = {"type": "quote", "lines": []}
        current["lines"].append(line.lstrip("> "))
    elif not line.strip():
        flush()
    else:
        if not current or current["type"] != "para":
            flush()
            current = {"type": "para", "lines": []}
        current["lines"].append(line)
flush()

for b in blocks:
    match b:
        case {"type": "heading", "level": lvl, "text": text}:
            print(f"{'  ' * (lvl - 1)}[H{lvl}] {text}")
        case {"type": "ul" | "ol" as kind, "items": items}:
            print(f"    {kind} x{len(items)}: {items}")
        case {"type": "code", "lang": lang, "lines": lines}:
            print(f"    code ({lang}): {len(lines)} lines")
        case {"type": t, "lines": lines}:
            print(f"    {t}: {' '.join(lines)!r}")
print(json.dumps({t: sum(b["type"] == t for b in blocks) for t in dict.fromkeys(b["type"] for b in blocks)}))
print("emphasis spans:", re.findall(r"\*(\w+)\*|`([^`\n]+)`", DOC))
