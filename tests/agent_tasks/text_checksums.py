# task: compute md5/sha1/sha256 and base64 checksums of documents to detect changed files in a manifest
import base64
import hashlib
import json

DOCUMENTS = {
    "README.md": "# Demo\n\nHello world.\n",
    "config.json": json.dumps({"debug": False, "workers": 4}, sort_keys=True),
    "notes.txt": "Café ☕ — unicode matters\n",
    "empty.txt": "",
}

PREVIOUS_MANIFEST = {
    "README.md": "5a7b4b7a0ff4e5a2ea8e6b54e8c6e2c0b8e8a3f5e1b9f4a2c3d4e5f60718293a",
    "config.json": None,
    "deleted.txt": "00" * 32,
}


def digest(text: str, algo: str = "sha256") -> str:
    return hashlib.new(algo, text.encode("utf-8")).hexdigest()


manifest = {}
for name, content in DOCUMENTS.items():
    raw = content.encode("utf-8")
    sha = hashlib.sha256(raw)
    manifest[name] = sha.hexdigest()
    print(f"{name}")
    print(f"  bytes={len(raw)} chars={len(content)}")
    print(f"  md5    {hashlib.md5(raw).hexdigest()}")
    print(f"  sha1   {digest(content, 'sha1')}")
    print(f"  sha256 {sha.hexdigest()[:16]}... b64={base64.b64encode(sha.digest()).decode()[:20]}...")

PREVIOUS_MANIFEST["config.json"] = manifest["config.json"]
print()
for name in sorted(set(manifest) | set(PREVIOUS_MANIFEST)):
    old, new = PREVIOUS_MANIFEST.get(name), manifest.get(name)
    if old is None:
        status = "added"
    elif new is None:
        status = "deleted"
    elif old == new:
        status = "unchanged"
    else:
        status = "modified"
    print(f"{status:<10} {name}")

incremental = hashlib.sha256()
for chunk in ("Hello", " ", "world."):
    incremental.update(chunk.encode())
print("incremental == one-shot:", incremental.hexdigest() == digest("Hello world."))
print("blake2b-16:", hashlib.blake2b(b"agent", digest_size=16).hexdigest())
tree = hashlib.sha256("".join(f"{k}:{manifest[k]}\n" for k in sorted(manifest)).encode()).hexdigest()
print("tree hash:", tree)
