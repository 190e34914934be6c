# task: pick balanced project teams using itertools combinations, product and constraint checks
from itertools import combinations, product, chain
from statistics import pstdev

PEOPLE = {
    "ana": {"skill": 8, "role": "backend"},
    "ben": {"skill": 6, "role": "frontend"},
    "cid": {"skill": 9, "role": "backend"},
    "dee": {"skill": 5, "role": "design"},
    "eva": {"skill": 7, "role": "frontend"},
    "fin": {"skill": 4, "role": "design"},
}
CONFLICTS = {frozenset({"ana", "cid"}), frozenset({"ben", "fin"})}


def valid_team(team):
    roles = {PEOPLE[p]["role"] for p in team}
    no_conflict = not any(frozenset(pair) in CONFLICTS for pair in combinations(team, 2))
    return len(roles) == 3 and no_conflict


def skill(team):
    return sum(PEOPLE[p]["skill"] for p in team)


names = sorted(PEOPLE)
candidates = [t for t in combinations(names, 3) if valid_team(t)]
print(f"{len(list(combinations(names, 3)))} possible trios, {len(candidates)} valid:")
for t in candidates:
    print(f"  {', '.join(t):<16} skill={skill(t)}")

best_split, best_spread = None, None
for team_a in candidates:
    rest = tuple(p for p in names if p not in team_a)
    if team_a > rest or not valid_team(rest):
        continue
    spread = abs(skill(team_a) - skill(rest))
    if best_spread is None or spread < best_spread:
        best_split, best_spread = (team_a, rest), spread

a, b = best_split
print(f"most balanced split: {a} ({skill(a)}) vs {b} ({skill(b)}), difference {best_spread}")

shifts = list(product(["early", "late"], ["mon", "wed", "fri"]))
print("shift slots:", [f"{d}-{s}" for s, d in shifts])
pairings = {p: shifts[i % len(shifts)] for i, p in enumerate(chain(a, b))}
print("assigned:", {p: f"{d}-{s}" for p, (s, d) in pairings.items()})
print(f"skill stdev across everyone: {pstdev(PEOPLE[p]['skill'] for p in names):.3f}")
