# task: turn raw exam scores into letter grades, a distribution chart and per-section statistics
import statistics
from bisect import bisect
from collections import Counter

SCORES = {
    "A": {"amy": 93, "bo": 78, "cy": 85, "di": 61, "ed": 88, "flo": 99, "gil": 72},
    "B": {"hal": 55, "ivy": 91, "jo": 83, "kai": 67, "lu": 74, "max": 80, "ned": 47, "oz": 90},
}
CUTOFFS = [60, 70, 80, 90]
LETTERS = "FDCBA"


def letter(score: int) -> str:
    return LETTERS[bisect(CUTOFFS, score)]


all_scores = {name: s for section in SCORES.values() for name, s in section.items()}
grades = {name: letter(s) for name, s in all_scores.items()}
dist = Counter(grades.values())

print("Grade distribution")
for g in reversed(LETTERS):
    n = dist.get(g, 0)
    print(f"  {g} | {'*' * n:<6} {n:>2} ({n / len(grades):.0%})")

print("\nSection stats")
print(f"  {'sec':<4}{'n':>3}{'mean':>7}{'median':>8}{'stdev':>7}{'top student':>14}")
for sec, scores in SCORES.items():
    vals = list(scores.values())
    top = max(scores, key=scores.get)
    print(f"  {sec:<4}{len(vals):>3}{statistics.mean(vals):>7.1f}{statistics.median(vals):>8.1f}"
          f"{statistics.stdev(vals):>7.2f}{top:>14}")

mean_all = statistics.mean(all_scores.values())
sd_all = statistics.pstdev(all_scores.values())
print("\nz-scores beyond +/-1.5:")
for name, s in sorted(all_scores.items(), key=lambda kv: kv[1]):
    z = (s - mean_all) / sd_all
    if abs(z) > 1.5:
        print(f"  {name:<4} {s:>3} z={z:+.2f}")
failing = sorted(n for n, g in grades.items() if g == "F")
print(f"students needing follow-up: {', '.join(failing)}")
