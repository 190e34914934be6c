# task: deduplicate CRM contacts by normalised email, keeping the most complete and most recent record
import json
from collections import defaultdict

TOOL_RESULT = """
[
  {"id": 101, "email": "Jane.Doe@Example.com ", "name": "Jane Doe", "phone": null, "updated": "2024-01-10"},
  {"id": 102, "email": "jane.doe@example.com", "name": "Jane D.", "phone": "555-1010", "updated": "2024-03-02"},
  {"id": 103, "email": "raj@corp.io", "name": "Raj Kumar", "phone": "555-2020", "updated": "2023-11-20"},
  {"id": 104, "email": "RAJ@CORP.IO", "name": "", "phone": null, "updated": "2024-02-14"},
  {"id": 105, "email": "li.wei+news@mail.com", "name": "Li Wei", "phone": null, "updated": "2024-02-01"},
  {"id": 106, "email": "li.wei@mail.com", "name": "Li Wei", "phone": "555-3030", "updated": "2023-09-09"},
  {"id": 107, "email": "solo@site.org", "name": "Sol O", "phone": "555-4040", "updated": "2022-05-05"}
]
"""


def normalise_email(email: str) -> str:
    local, _, domain = email.strip().lower().partition("@")
    local = local.split("+", 1)[0]
    return f"{local}@{domain}"


def completeness(record: dict) -> int:
    return sum(1 for key in ("name", "phone", "email") if record.get(key))


contacts = json.loads(TOOL_RESULT)
groups: dict[str, list[dict]] = defaultdict(list)
for rec in contacts:
    groups[normalise_email(rec["email"])].append(rec)

merged = []
for email, recs in sorted(groups.items()):
    best = max(recs, key=lambda r: (completeness(r), r["updated"]))
    result = dict(best)
    result["email"] = email
    # fill any empty field from the other duplicates, newest first
    for other in sorted(recs, key=lambda r: r["updated"], reverse=True):
        for key, value in other.items():
            if not result.get(key) and value:
                result[key] = value
    result["merged_ids"] = sorted(r["id"] for r in recs)
    merged.append(result)

print(f"input records: {len(contacts)}, unique contacts: {len(merged)}")
for rec in merged:
    dupes = "" if len(rec["merged_ids"]) == 1 else f" (merged {rec['merged_ids']})"
    print(f"- {rec['name']:<10} {rec['email']:<22} {rec['phone'] or '-':<9}{dupes}")
print(json.dumps(merged[0], indent=2, sort_keys=True))
