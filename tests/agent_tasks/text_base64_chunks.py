# task: pack a text payload for transport: base64 (std, urlsafe, b32, b16), chunking and integrity check
import base64
import hashlib
import json

payload = {
    "task": "summarize",
    "text": "Agents exchange payloads as base64 so binary-safe transport works everywhere. ✓",
    "priority": 2,
}
raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
checksum = hashlib.sha256(raw).hexdigest()[:12]

encoded = base64.b64encode(raw).decode("ascii")
CHUNK = 32
chunks = [encoded[i:i + CHUNK] for i in range(0, len(encoded), CHUNK)]
print(f"raw {len(raw)} bytes -> base64 {len(encoded)} chars in {len(chunks)} chunks, sha256/12={checksum}")
for i, chunk in enumerate(chunks):
    print(f"  {i:02d}/{len(chunks) - 1:02d} {chunk}")

# receiver side: chunks may arrive out of order
received = {i: chunk for i, chunk in reversed(list(enumerate(chunks)))}
reassembled = "".join(received[i] for i in sorted(received))
decoded = base64.b64decode(reassembled)
ok = hashlib.sha256(decoded).hexdigest()[:12] == checksum
print("integrity ok:", ok, "| payload:", json.loads(decoded)["task"])

print()
data = bytes([0xFB, 0xFF, 0xBF, 0x00, 0x3E, 0x3F])
print("standard:", base64.b64encode(data))
print("urlsafe: ", base64.urlsafe_b64encode(data))
print("b32:     ", base64.b32encode(b"agent"))
print("b16:     ", base64.b16encode(b"agent"))
print("hex:     ", b"agent".hex(), bytes.fromhex("6167656e74"))

token = base64.urlsafe_b64encode(b"user:42").rstrip(b"=").decode()
padded = token + "=" * (-len(token) % 4)
print("unpadded token:", token, "->", base64.urlsafe_b64decode(padded))

for bad in ["not base64!!", "YWJj="]:
    try:
        print(bad, "->", base64.b64decode(bad, validate=True))
    except ValueError as e:
        print(f"{bad!r} -> error: {type(e).__name__}: {e}")
