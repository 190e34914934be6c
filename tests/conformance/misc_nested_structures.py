# misc: building nested dict/list structures and printing them
employees = [
    ("alice", "eng", "backend", 120),
    ("bob", "eng", "frontend", 100),
    ("carol", "sales", "emea", 90),
    ("dan", "eng", "backend", 110),
    ("erin", "sales", "apac", 95),
]
org = {}
for name, dept, team, salary in employees:
    teams = org.setdefault(dept, {})
    members = teams.setdefault(team, [])
    members.append({"name": name, "salary": salary})
print(org)
for dept in org:
    total = 0
    for team, members in org[dept].items():
        total += sum([m["salary"] for m in members])
    print(dept, total, sorted(org[dept]))
summary = {dept: {team: [m["name"] for m in ms] for team, ms in teams.items()} for dept, teams in org.items()}
print(summary)
print(summary["eng"]["backend"][-1], len(summary["sales"]))
