# task: validate a feature-flag rollout config: percentages, segment references, date windows, and deterministic bucketing
import hashlib
import json
from datetime import date

CONFIG = json.loads("""{
  "segments": {"staff": ["u1", "u2"], "beta": ["u3", "u4", "u5"]},
  "flags": {
    "new_checkout": {"enabled": true, "rollout": 30, "segments": ["staff"], "start": "2024-05-01", "end": "2024-12-31"},
    "ai_summary":   {"enabled": true, "rollout": 120, "segments": ["beta"]},
    "dark_mode":    {"enabled": false, "rollout": 100, "segments": []},
    "fast_search":  {"enabled": true, "rollout": 50, "segments": ["vip"], "start": "2024-09-01", "end": "2024-08-01"},
    "legacy_api":   {"enabled": "yes", "rollout": 10}
  }
}""")
TODAY = date(2024, 6, 15)


def validate_flag(name: str, flag: dict, segments: dict) -> list[str]:
    errors = []
    if not isinstance(flag.get("enabled"), bool):
        errors.append(f"enabled must be a bool, got {flag.get('enabled')!r}")
    rollout = flag.get("rollout")
    if not isinstance(rollout, int) or not 0 <= rollout <= 100:
        errors.append(f"rollout must be 0..100, got {rollout}")
    for seg in flag.get("segments", []):
        if seg not in segments:
            errors.append(f"unknown segment {seg!r}")
    if "start" in flag and "end" in flag:
        if date.fromisoformat(flag["start"]) > date.fromisoformat(flag["end"]):
            errors.append(f"start {flag['start']} is after end {flag['end']}")
    return errors


def bucket(flag_name: str, user: str) -> int:
    digest = hashlib.sha256(f"{flag_name}:{user}".encode()).hexdigest()
    return int(digest[:8], 16) % 100


def is_on(name: str, flag: dict, user: str, segments: dict) -> bool:
    if not flag["enabled"]:
        return False
    if "start" in flag and not date.fromisoformat(flag["start"]) <= TODAY <= date.fromisoformat(flag["end"]):
        return False
    if any(user in segments[s] for s in flag.get("segments", [])):
        return True
    return bucket(name, user) < flag["rollout"]


segments = CONFIG["segments"]
valid_flags = {}
for name, flag in CONFIG["flags"].items():
    errors = validate_flag(name, flag, segments)
    if errors:
        print(f"{name}: INVALID")
        for e in errors:
            print(f"   - {e}")
    else:
        valid_flags[name] = flag
        print(f"{name}: ok")

users = [f"u{i}" for i in range(1, 11)]
print("\nuser   " + "  ".join(f"{n:<12}" for n in valid_flags))
for user in users:
    row = "  ".join(f"{('on' if is_on(n, f, user, segments) else '-'):<12}" for n, f in valid_flags.items())
    print(f"{user:<7}{row}")
print({u: bucket("new_checkout", u) for u in users[:4]})
