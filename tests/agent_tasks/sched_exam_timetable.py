# task: assign exams to time slots with greedy graph colouring so no student has two exams at once
from collections import defaultdict
from itertools import combinations

ENROLMENTS = {
    "amy": ["math", "physics", "chem"],
    "raj": ["math", "history"],
    "li": ["physics", "biology", "art"],
    "sam": ["history", "art", "french"],
    "eva": ["chem", "biology"],
    "tom": ["math", "french", "biology"],
    "zoe": ["music"],
}
SLOTS = ["Mon AM", "Mon PM", "Tue AM", "Tue PM", "Wed AM"]

conflicts: dict[str, set[str]] = defaultdict(set)
exams = sorted({e for courses in ENROLMENTS.values() for e in courses})
for courses in ENROLMENTS.values():
    for a, b in combinations(courses, 2):
        conflicts[a].add(b)
        conflicts[b].add(a)

# Welsh-Powell: colour the most constrained exams first
order = sorted(exams, key=lambda e: (-len(conflicts[e]), e))
slot_of: dict[str, int] = {}
for exam in order:
    taken = {slot_of[n] for n in conflicts[exam] if n in slot_of}
    slot_of[exam] = next(i for i in range(len(exams)) if i not in taken)

used = max(slot_of.values()) + 1
if used > len(SLOTS):
    raise SystemExit(f"need {used} slots but only {len(SLOTS)} available")
print(f"{len(exams)} exams scheduled into {used} slots")
for i in range(used):
    in_slot = sorted(e for e, s in slot_of.items() if s == i)
    size = sum(1 for courses in ENROLMENTS.values() for c in courses if c in in_slot)
    print(f"  {SLOTS[i]:<7} {', '.join(in_slot):<28} ({size} seats)")

print("\nper-student timetable:")
for student, courses in sorted(ENROLMENTS.items()):
    plan = sorted(courses, key=lambda c: slot_of[c])
    print(f"  {student:<4} " + "; ".join(f"{c}@{SLOTS[slot_of[c]]}" for c in plan))
clashes = [(s, a, b) for s, cs in ENROLMENTS.items() for a, b in combinations(cs, 2) if slot_of[a] == slot_of[b]]
print("clashes:", clashes)
print("degree:", {e: len(conflicts[e]) for e in order})
