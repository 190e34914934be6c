# area: int: permission bit flags, masks and shifts, bin/hex formatting, popcount and big-int arithmetic
READ, WRITE, EXEC, ADMIN = 1, 2, 4, 8
NAMES = {READ: "read", WRITE: "write", EXEC: "exec", ADMIN: "admin"}

def describe(mask):
    return "|".join(name for bit, name in NAMES.items() if mask & bit) or "none"

users = {"ann": READ | WRITE | ADMIN, "bob": READ, "cyd": 0, "dee": READ | EXEC}
for u, m in users.items():
    print(f"{u}: {m:>2} {m:04b} {describe(m):<16} bits={m.bit_count()}")
m = users["ann"]
m &= ~WRITE
m |= EXEC
m ^= ADMIN
print(describe(m), m, bin(m), hex(m), oct(m))
print([1 << i for i in range(6)], 1024 >> 3, -16 >> 2, -1 & 0xFF, ~0, ~5)
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-8).bit_length())
big = 2 ** 100 + 7
print(big, big % 1000, big // 10 ** 25, len(str(big)), big.bit_length())
print(f"{big:,}", f"{big:x}", int(f"{big:x}", 16) == big)
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, fact % (10 ** 9 + 7), str(fact).count("0"), len(str(fact)) - len(str(fact).rstrip("0")))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20), (10 ** 18 + 9) * (10 ** 18 + 7) % 97)
ip = "192.168.10.77"
n = 0
for part in ip.split("."):
    n = (n << 8) | int(part)
print(n, ".".join(str((n >> s) & 255) for s in (24, 16, 8, 0)))
mask = (0xFFFFFFFF << (32 - 20)) & 0xFFFFFFFF
print(hex(mask), ".".join(str((n & mask) >> s & 255) for s in (24, 16, 8, 0)))
print(7 // 2, -7 // 2, 7 % -2, (-7) % 2, 2 ** 62 * 4, -(2 ** 63) - 1, abs(-(2 ** 64)))
