# task: parse a chat transcript, compute per-speaker statistics and render a wrapped, indented transcript
import re
import textwrap
from collections import defaultdict
from dataclasses import dataclass


@dataclass
class Turn:
    time: str
    speaker: str
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


RAW = """10:00 Alice: Morning all. Did the nightly build pass?
10:01 Bob: It failed on the integration tests, looks like the payments mock timed out again.
10:01 Alice: Again? That's the third time this week.
10:03 Carol: I can take it. I think the mock server needs a longer startup wait, we changed the container image on Monday and it is slower to boot now.
10:04 Bob: Thanks Carol!
10:05 Alice: Let's also add a retry around the health check. @Carol ping me when the PR is up.
10:30 Carol: PR is up: #482 :)"""

LINE = re.compile(r"^(\d{2}:\d{2}) (\w+): (.+)$")
turns = [Turn(*m.groups()) for m in map(LINE.match, RAW.splitlines()) if m]

stats = defaultdict(lambda: {"turns": 0, "words": 0, "questions": 0, "mentions": []})
for t in turns:
    s = stats[t.speaker]
    s["turns"] += 1
    s["words"] += t.words
    s["questions"] += t.text.count("?")
    s["mentions"] += re.findall(r"@(\w+)", t.text)

print(f"{'speaker':<8}{'turns':>6}{'words':>6}{'avg':>6}{'?':>3}  mentions")
for name, s in sorted(stats.items(), key=lambda kv: -kv[1]["words"]):
    print(f"{name:<8}{s['turns']:>6}{s['words']:>6}{s['words'] / s['turns']:>6.1f}{s['questions']:>3}  {s['mentions']}")

print()
width = 60
for prev, t in zip([None] + turns, turns):
    if prev is None or prev.speaker != t.speaker:
        print(f"[{t.time}] {t.speaker}")
    print(textwrap.fill(t.text, width=width, initial_indent="    ", subsequent_indent="    "))

gaps = [(int(b.time[:2]) * 60 + int(b.time[3:])) - (int(a.time[:2]) * 60 + int(a.time[3:])) for a, b in zip(turns, turns[1:])]
print()
print(f"longest silence: {max(gaps)} min before turn {gaps.index(max(gaps)) + 2}")
print("references:", re.findall(r"#\d+", RAW))
