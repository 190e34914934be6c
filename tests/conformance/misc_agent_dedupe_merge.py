# area: realistic agent script: merge and deduplicate contact records from two sources with normalisation and conflict report
import re

SOURCE_A = [
    {"name": "Ann Lee", "email": "ANN@example.com", "phone": "(555) 010-1234"},
    {"name": "Bob Stone", "email": "bob@example.com", "phone": None},
    {"name": "Cyd Moss", "email": "cyd@example.com", "phone": "555.010.9999"},
]
SOURCE_B = [
    {"name": "ann lee", "email": "ann@example.com ", "phone": "555-010-1234"},
    {"name": "Bob  Stone", "email": "bob@example.com", "phone": "555 010 7777"},
    {"name": "Dee Park", "email": "dee@example.com", "phone": "5550102222"},
]

def norm_phone(p):
    if not p:
        return None
    digits = re.sub(r"\D", "", p)
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}" if len(digits) == 10 else digits

def normalise(rec):
    return {
        "name": " ".join(w.capitalize() for w in rec["name"].split()),
        "email": rec["email"].strip().lower(),
        "phone": norm_phone(rec["phone"]),
    }

merged, conflicts = {}, []
for src, records in (("A", SOURCE_A), ("B", SOURCE_B)):
    for raw in records:
        rec = normalise(raw)
        key = rec["email"]
        if key not in merged:
            merged[key] = dict(rec, sources=[src])
            continue
        existing = merged[key]
        existing["sources"].append(src)
        for field in ("name", "phone"):
            old, new = existing[field], rec[field]
            if old is None:
                existing[field] = new
            elif new is not None and new != old:
                conflicts.append((key, field, old, new))

for email, rec in sorted(merged.items()):
    print(f"{rec['name']:<10} {email:<18} {str(rec['phone']):<13} {'+'.join(rec['sources'])}")
print("conflicts:")
for c in conflicts:
    print("  {0}: {1} {2!r} vs {3!r}".format(*c))
print("only in one source:", sorted(e for e, r in merged.items() if len(r["sources"]) == 1))
