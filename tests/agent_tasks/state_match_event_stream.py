# task: fold a stream of heterogeneous webhook events into per-repo state using structural pattern matching
import json
from collections import defaultdict
from dataclasses import dataclass


@dataclass
class Deploy:
    env: str
    sha: str
    ok: bool


RAW = """
{"kind": "push", "repo": "api", "commits": [{"sha": "a1"}, {"sha": "a2"}], "branch": "main"}
{"kind": "push", "repo": "web", "commits": [], "branch": "main"}
{"kind": "pull_request", "repo": "api", "action": "opened", "number": 7, "draft": true}
{"kind": "pull_request", "repo": "api", "action": "closed", "number": 7, "merged": true}
{"kind": "pull_request", "repo": "web", "action": "closed", "number": 3, "merged": false}
{"kind": "issue", "repo": "web", "labels": ["bug", "p1"], "title": "Login broken"}
{"kind": "issue", "repo": "api", "labels": ["question"], "title": "How to auth?"}
{"kind": "push", "repo": "api", "commits": [{"sha": "a3"}], "branch": "feature/x"}
{"kind": "ping"}
{"kind": "pull_request", "repo": "web"}
"""
state = defaultdict(lambda: {"main_commits": 0, "merged": [], "closed_unmerged": [], "alerts": [], "notes": []})
extra = [Deploy("prod", "a2", True), Deploy("staging", "b9", False), ("legacy", "tuple")]

for line in RAW.strip().splitlines():
    event = json.loads(line)
    match event:
        case {"kind": "push", "repo": repo, "commits": [], "branch": _}:
            state[repo]["notes"].append("empty push")
        case {"kind": "push", "repo": repo, "commits": [*commits], "branch": "main"}:
            state[repo]["main_commits"] += len(commits)
        case {"kind": "push", "repo": repo, "branch": str(branch)}:
            state[repo]["notes"].append(f"push to {branch}")
        case {"kind": "pull_request", "repo": repo, "action": "closed", "number": n, "merged": True}:
            state[repo]["merged"].append(n)
        case {"kind": "pull_request", "repo": repo, "action": "closed", "number": n}:
            state[repo]["closed_unmerged"].append(n)
        case {"kind": "pull_request", "repo": repo, "action": "opened", "draft": True, "number": n}:
            state[repo]["notes"].append(f"draft PR #{n}")
        case {"kind": "issue", "repo": repo, "labels": labels, "title": title} if "p1" in labels:
            state[repo]["alerts"].append(title)
        case {"kind": "issue"}:
            pass
        case {"kind": "ping"}:
            print("ping received")
        case other:
            print("unrecognised event:", other)

for item in extra:
    match item:
        case Deploy(env="prod", ok=True, sha=sha):
            print(f"prod deploy of {sha} succeeded")
        case Deploy(env=env, ok=False):
            print(f"deploy to {env} FAILED")
        case (a, b):
            print(f"tuple event {a}/{b}")

print(json.dumps(dict(sorted(state.items())), indent=1))
