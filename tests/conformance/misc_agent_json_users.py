# area: realistic agent script: aggregate JSON user records, group by team, compute stats, dump summary JSON
import json

payload = """
[
  {"id": 1, "name": "Ada", "team": "core", "active": true, "commits": 120, "langs": ["rust", "python"]},
  {"id": 2, "name": "Brian", "team": "web", "active": false, "commits": 15, "langs": ["js"]},
  {"id": 3, "name": "Chen", "team": "core", "active": true, "commits": 87, "langs": ["c", "rust"]},
  {"id": 4, "name": "Dana", "team": "data", "active": true, "commits": 64, "langs": ["python", "sql"]},
  {"id": 5, "name": "Eve", "team": "web", "active": true, "commits": 230, "langs": ["js", "css", "python"]},
  {"id": 6, "name": "Femi", "team": "data", "active": false, "commits": 3, "langs": []}
]
"""
users = json.loads(payload)
print(type(users).__name__, len(users))

teams = {}
for u in users:
    t = teams.setdefault(u["team"], {"members": [], "commits": 0, "active": 0})
    t["members"].append(u["name"])
    t["commits"] += u["commits"]
    t["active"] += u["active"]

for name, t in sorted(teams.items()):
    ratio = t["active"] / len(t["members"])
    print(f"{name:>5}: {', '.join(t['members']):<14} commits={t['commits']:>4} active={ratio:.0%}")

lang_count = {}
for u in users:
    for lang in u["langs"]:
        lang_count[lang] = lang_count.get(lang, 0) + 1
ranked = sorted(lang_count.items(), key=lambda kv: (-kv[1], kv[0]))
print("languages:", ranked)

top = sorted((u for u in users if u["active"]), key=lambda u: u["commits"], reverse=True)[:3]
summary = {
    "top_committers": [{"name": u["name"], "commits": u["commits"]} for u in top],
    "inactive": [u["name"] for u in users if not u["active"]],
    "total_commits": sum(u["commits"] for u in users),
    "polyglots": [u["name"] for u in users if len(u["langs"]) >= 2],
}
print(json.dumps(summary, indent=2))
print(json.dumps(summary, sort_keys=True, separators=(",", ":")))
