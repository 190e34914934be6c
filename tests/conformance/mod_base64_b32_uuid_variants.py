# base64 Base32 (and extended hex) round trips and errors; uuid's variant constants.
import base64
import uuid

for data in [b"", b"a", b"ag", b"age", b"agen", b"agent", b"agent swarm", bytes(range(7))]:
    enc = base64.b32encode(data)
    hexenc = base64.b32hexencode(data)
    print(data, enc, hexenc, base64.b32decode(enc) == data, base64.b32hexdecode(hexenc) == data)
print(base64.b32decode("mftwk3tu", casefold=True), base64.b32decode(b"MFTWK3TU"))
print(base64.b32decode(b"0E======", map01=b"L"), base64.b32decode(b"M1======", map01=b"I"))
for bad in [b"MFTWK3T", b"MFTWK3T!", b"ME=====", b"M=======", b"MFTWK3TU========"[:12] + b"====", "mftwk3tu"]:
    try:
        print(base64.b32decode(bad))
    except ValueError as e:
        print("error:", e)
u = uuid.UUID("12345678-1234-5678-9234-567812345678")
print(u.variant, u.variant == uuid.RFC_4122, uuid.RESERVED_NCS, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print(uuid.UUID(int=0).variant == uuid.RESERVED_NCS, uuid.UUID(int=(7 << 125)).variant == uuid.RESERVED_FUTURE)
