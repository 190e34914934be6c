# Indexing and slicing non-ASCII text at every position class the char index distinguishes: inside the
# first stride, on stride boundaries (128 chars), past them, negative, stepped, and after a builder grows.
s = "héllo wörld ✓ " * 50
print(len(s), s[3], s[-1], s[5:17], s[::-7][:20], s[100:3:-3][:15], s[10:10], s[700:], s[-5:])
t = "abcdefghij" * 3
print(t[2:25:4], t[::-1][:5], t[-3:], t[40:], t[5])
b = ""
for i in range(300):
    b += "é" if i % 2 else "a"
print(len(b), b[150:160], b[-1], b[299])
b += "xyz"
print(len(b), b[-4:], b[300])
for k in [0, 127, 128, 129, 255, 256, 257, 299, 302]:
    print(k, b[k], b[k:k + 3], b[k::100], b[-k - 1])
mixed = "ab𝄞cd€" * 100
print(len(mixed), mixed[127:131], mixed[-130:-126], mixed[::97], mixed[599], mixed[3:600:150])
chunks = [mixed[i:i + 80] for i in range(0, len(mixed), 80)]
print(len(chunks), [len(c) for c in chunks], "".join(chunks) == mixed)
try:
    mixed[600]
except IndexError as e:
    print("IndexError", e)
