# hashlib's SHA-3 family and BLAKE2 (with digest_size): digests, incremental updates, copies, sizes and names.
import hashlib

for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    h = getattr(hashlib, name)(b"agent")
    g = hashlib.new(name)
    g.update(b"ag")
    c = g.copy()
    g.update(b"ent")
    print(name, h.hexdigest()[:32], h.digest_size, h.block_size, h.name, g.hexdigest() == h.hexdigest(),
          c.hexdigest() == getattr(hashlib, name)(b"ag").hexdigest())
for size in [1, 16, 20, 32, 64]:
    print(size, hashlib.blake2b(b"agent", digest_size=size).hexdigest())
print(hashlib.blake2s(b"", digest_size=8).hexdigest(), hashlib.blake2b(b"x").digest()[:4])
print(sorted(n for n in hashlib.algorithms_guaranteed if n.startswith(("sha3_", "blake2"))))
for bad in [lambda: hashlib.blake2b(b"x", digest_size=65), lambda: hashlib.blake2s(b"x", digest_size=0),
            lambda: hashlib.sha3_256("text")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
