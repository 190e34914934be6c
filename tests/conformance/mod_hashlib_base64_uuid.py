# area: hashlib (md5, sha1, sha2 family; update, copy, digest), base64 (standard, url-safe, base16, padding errors), uuid (parse, uuid3/uuid5, uuid4 shape)
import hashlib, base64, uuid
print(hashlib.sha256(b"hello").hexdigest())
print(hashlib.md5("hello".encode()).hexdigest(), hashlib.sha1(b"").hexdigest())
h = hashlib.sha256()
h.update(b"hel")
c = h.copy()
h.update(b"lo")
print(h.hexdigest() == hashlib.sha256(b"hello").hexdigest(), c.hexdigest()[:16], h.name, h.digest_size, h.block_size)
print(hashlib.new("sha512", b"x").hexdigest()[:32], len(hashlib.sha384(b"x").digest()), hashlib.sha224(b"x").hexdigest())
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError", e)
print(base64.b64encode(b"hello world"), base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVsbG8gd29ybGQ="))
print(base64.urlsafe_b64encode(b"\xff\xfe\xfd"), base64.urlsafe_b64decode("__79"), base64.b16encode(b"\x01\xab"), base64.b16decode("01AB"))
print(base64.b64encode("key:secret".encode()).decode())
for bad in ["YQ", "YWJj\n", "a"]:
    try:
        print(base64.b64decode(bad))
    except ValueError as e:
        print("ValueError", e)
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.version, u.int)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "example.com"), uuid.uuid3(uuid.NAMESPACE_URL, "https://x.org"))
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, str(uuid.NAMESPACE_DNS))
v = uuid.uuid4()
print(len(str(v)), v.version, str(v)[14], str(v)[19] in "89ab")
