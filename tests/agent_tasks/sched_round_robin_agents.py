# task: round-robin ticket assignment across support agents, skipping those at capacity or off shift
import itertools
from collections import defaultdict

AGENTS = [
    {"name": "amir", "capacity": 3, "skills": {"billing", "general"}, "on_shift": True},
    {"name": "beth", "capacity": 2, "skills": {"tech", "general"}, "on_shift": True},
    {"name": "carl", "capacity": 4, "skills": {"general"}, "on_shift": False},
    {"name": "dina", "capacity": 2, "skills": {"tech", "billing"}, "on_shift": True},
]
TICKETS = [
    ("T1", "general"), ("T2", "tech"), ("T3", "billing"), ("T4", "general"), ("T5", "tech"),
    ("T6", "billing"), ("T7", "general"), ("T8", "tech"), ("T9", "general"), ("T10", "legal"),
]

load = defaultdict(list)
rotation = itertools.cycle([a for a in AGENTS if a["on_shift"]])
unassigned = []
for ticket, topic in TICKETS:
    for _ in range(len(AGENTS)):
        agent = next(rotation)
        if topic in agent["skills"] and len(load[agent["name"]]) < agent["capacity"]:
            load[agent["name"]].append(ticket)
            print(f"{ticket:<4} ({topic:<7}) -> {agent['name']}")
            break
    else:
        reasons = []
        if not any(topic in a["skills"] for a in AGENTS if a["on_shift"]):
            reasons.append("no on-shift agent has the skill")
        else:
            reasons.append("all skilled agents at capacity")
        unassigned.append((ticket, topic, reasons[0]))
        print(f"{ticket:<4} ({topic:<7}) -> UNASSIGNED: {reasons[0]}")

print("\nload per agent:")
for agent in AGENTS:
    tickets = load.get(agent["name"], [])
    bar = "#" * len(tickets) + "." * (agent["capacity"] - len(tickets))
    shift = "" if agent["on_shift"] else " (off shift)"
    print(f"  {agent['name']:<5} [{bar}] {', '.join(tickets) or '-'}{shift}")
print("unassigned:", unassigned)
print("skills covered:", sorted(set().union(*(a["skills"] for a in AGENTS if a["on_shift"]))))
