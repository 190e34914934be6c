# task: clean free-text survey answers: map Likert responses to scores, normalise yes/no, drop speeders
from enum import IntEnum
from statistics import mean


class Likert(IntEnum):
    STRONGLY_DISAGREE = 1
    DISAGREE = 2
    NEUTRAL = 3
    AGREE = 4
    STRONGLY_AGREE = 5


ALIASES = {
    "strongly disagree": Likert.STRONGLY_DISAGREE, "sd": Likert.STRONGLY_DISAGREE,
    "disagree": Likert.DISAGREE, "d": Likert.DISAGREE,
    "neutral": Likert.NEUTRAL, "neither": Likert.NEUTRAL, "n": Likert.NEUTRAL,
    "agree": Likert.AGREE, "a": Likert.AGREE,
    "strongly agree": Likert.STRONGLY_AGREE, "sa": Likert.STRONGLY_AGREE,
}

responses = [
    {"id": 1, "seconds": 340, "q1": "Agree", "q2": "strongly agree", "recommend": "Yes"},
    {"id": 2, "seconds": 25, "q1": "SA", "q2": "sa", "recommend": "y"},
    {"id": 3, "seconds": 410, "q1": "neither", "q2": "Disagree ", "recommend": "no"},
    {"id": 4, "seconds": 290, "q1": "4", "q2": "meh", "recommend": "maybe"},
    {"id": 5, "seconds": 515, "q1": "strongly disagree", "q2": "D", "recommend": "NO"},
    {"id": 6, "seconds": 198, "q1": "agree", "q2": "agree", "recommend": "yes!"},
]


def to_likert(text: str) -> Likert | None:
    t = text.strip().lower()
    if t.isdigit() and 1 <= int(t) <= 5:
        return Likert(int(t))
    return ALIASES.get(t)


def to_yes_no(text: str) -> bool | None:
    t = text.strip().lower().rstrip("!.")
    return {"yes": True, "y": True, "no": False, "n": False}.get(t)


MIN_SECONDS = 60
kept, notes = [], []
for r in responses:
    if r["seconds"] < MIN_SECONDS:
        notes.append(f"#{r['id']}: dropped, answered in {r['seconds']}s")
        continue
    row = {"id": r["id"]}
    for q in ("q1", "q2"):
        row[q] = to_likert(r[q])
        if row[q] is None:
            notes.append(f"#{r['id']}: unreadable {q}={r[q]!r}")
    row["recommend"] = to_yes_no(r["recommend"])
    if row["recommend"] is None:
        notes.append(f"#{r['id']}: unreadable recommend={r['recommend']!r}")
    kept.append(row)

for row in kept:
    labels = [row[q].name.lower().replace("_", " ") if row[q] else "?" for q in ("q1", "q2")]
    print(f"#{row['id']}: q1={labels[0]:<17} q2={labels[1]:<17} recommend={row['recommend']}")
for q in ("q1", "q2"):
    scores = [int(r[q]) for r in kept if r[q] is not None]
    print(f"{q}: mean {mean(scores):.2f} over {len(scores)} answers, top box {sum(s >= 4 for s in scores)}")
yes = [r["recommend"] for r in kept if r["recommend"] is not None]
print(f"would recommend: {sum(yes)}/{len(yes)}")
print("\n".join(notes))
