# task: validate resource identifiers in an API batch as UUIDs, normalise their format and check version/variant
import uuid

BATCH = [
    {"resource": "doc", "id": "12345678-1234-5678-1234-567812345678"},
    {"resource": "doc", "id": "{A8098C1A-F86E-11DA-BD1A-00112444BE1E}"},
    {"resource": "user", "id": "urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8"},
    {"resource": "user", "id": "6ba7b8109dad11d180b400c04fd430c8"},
    {"resource": "file", "id": "not-a-uuid"},
    {"resource": "file", "id": "886313e1-3b8a-5372-9b90-0c9aee199e5d"},
    {"resource": "file", "id": "00000000-0000-0000-0000-000000000000"},
    {"resource": "job", "id": "c9bf9e57-1685-4c89-bafb-ff5af830be8a"},
    {"resource": "job", "id": "C9BF9E57-1685-4C89-BAFB-FF5AF830BE8A"},
    {"resource": "job", "id": "c9bf9e57-1685-4c89-bafb-ff5af830be8"},
]
REQUIRED_VERSION = {"job": 4, "file": 5}

seen: dict[str, int] = {}
for i, item in enumerate(BATCH):
    raw = item["id"]
    try:
        u = uuid.UUID(raw)
    except ValueError as e:
        print(f"[{i}] {item['resource']:<4} INVALID {raw!r}: {e}")
        continue
    notes = []
    if u.int == 0:
        notes.append("nil UUID")
    elif u.variant != uuid.RFC_4122:
        notes.append(f"non-RFC variant ({u.variant})")
    want = REQUIRED_VERSION.get(item["resource"])
    if want and u.version != want:
        notes.append(f"expected v{want}, got v{u.version}")
    canonical = str(u)
    if canonical in seen:
        notes.append(f"duplicate of [{seen[canonical]}]")
    else:
        seen[canonical] = i
    changed = "" if raw == canonical else " (normalised)"
    status = "ok" if not notes else "WARN " + "; ".join(notes)
    print(f"[{i}] {item['resource']:<4} {canonical}{changed} v{u.version} {status}")

namespace_id = uuid.uuid5(uuid.NAMESPACE_DNS, "example.com")
print(f"uuid5(DNS, example.com) = {namespace_id} -> hex {namespace_id.hex[:8]}..., version {namespace_id.version}")
print(f"{len(seen)} distinct valid ids")
