# task: strip Markdown formatting from an LLM answer into plain text and collect its links
import re

ANSWER = """## Summary

Here is **what I found** about the _deployment_ issue:

1. The [build logs](https://ci.example.com/run/42) show a `timeout` in step *3*.
2. See ![diagram](https://img.example.com/d.png) for the ~~old~~ new topology.
- Restart with `make deploy FORCE=1`
- Check the [runbook][rb] first

> Note: __do not__ run this on Fridays.

```
kubectl rollout restart deploy/api
```

[rb]: https://wiki.example.com/runbook
"""

links = []


def collect_link(m):
    links.append((m.group(1), m.group(2)))
    return m.group(1)


def to_plain(md: str) -> str:
    refs = dict(re.findall(r"^\[([^\]]+)\]:\s*(\S+)\s*$", md, flags=re.M))
    text = re.sub(r"^\[[^\]]+\]:.*$\n?", "", md, flags=re.M)
    text = re.sub(r"```.*?\n(.*?)```", lambda m: "\n".join("    " + l for l in m.group(1).splitlines()) + "\n",
                  text, flags=re.S)
    text = re.sub(r"!\[([^\]]*)\]\(([^)]+)\)", r"[image: \1]", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", collect_link, text)

    def ref_link(m):
        links.append((m.group(1), refs.get(m.group(2), "?")))
        return m.group(1)

    text = re.sub(r"\[([^\]]+)\]\[([^\]]+)\]", ref_link, text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text)
    text = re.sub(r"~~(.+?)~~", "", text)
    text = re.sub(r"`([^`]+)`", r"'\1'", text)
    text = re.sub(r"^#{1,6}\s*(.+)$", lambda m: m.group(1).upper(), text, flags=re.M)
    text = re.sub(r"^>\s?", "| ", text, flags=re.M)
    text = re.sub(r"^\s*[-*+]\s+", "  • ", text, flags=re.M)
    text = re.sub(r"  +", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


plain = to_plain(ANSWER)
print(plain)
print()
print("links:")
for label, url in links:
    print(f"  {label} -> {url}")
print(f"chars: markdown={len(ANSWER)} plain={len(plain)} ({len(plain) / len(ANSWER):.0%})")
