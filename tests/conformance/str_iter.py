# str: iterating characters, building strings and ord/chr round trips
word = "Python"
for ch in word:
    print(ch, ord(ch))
print("".join([ch for ch in word if ch.lower() not in "aeiou"]))
shifted = ""
for ch in "abcxyz":
    shifted += chr((ord(ch) - ord("a") + 3) % 26 + ord("a"))
print(shifted)
print(list("héllo"))
print(word[::-1], word[0] + word[-1])
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
