# task: encode and crack Caesar/ROT ciphers with str.maketrans and letter-frequency scoring
import string
from collections import Counter

ENGLISH_FREQ = {
    "e": 12.7, "t": 9.1, "a": 8.2, "o": 7.5, "i": 7.0, "n": 6.7, "s": 6.3, "h": 6.1, "r": 6.0,
    "d": 4.3, "l": 4.0, "c": 2.8, "u": 2.8, "m": 2.4, "w": 2.4, "f": 2.2, "g": 2.0, "y": 2.0,
    "p": 1.9, "b": 1.5, "v": 1.0, "k": 0.8, "j": 0.15, "x": 0.15, "q": 0.1, "z": 0.07,
}


def shift_table(k: int) -> dict:
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    return str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])


def caesar(text: str, k: int) -> str:
    return text.translate(shift_table(k % 26))


def score(text: str) -> float:
    letters = [c for c in text.lower() if c.isalpha()]
    counts = Counter(letters)
    return sum(ENGLISH_FREQ.get(ch, 0) * n for ch, n in counts.items()) / max(len(letters), 1)


def crack(cipher: str):
    candidates = [(score(caesar(cipher, -k)), k) for k in range(26)]
    candidates.sort(reverse=True)
    return candidates[:3]


message = "Meet the deployment team at the north gate at noon, bring the keys!"
for key in (3, 13, 25):
    enc = caesar(message, key)
    print(f"k={key:>2}: {enc}")

secret = caesar(message, 17)
print()
print("intercepted:", secret)
for s, k in crack(secret):
    print(f"  key {k:>2} score {s:5.2f}: {caesar(secret, -k)[:40]}")
best_key = crack(secret)[0][1]
print("recovered matches original:", caesar(secret, -best_key) == message)

rot13 = caesar("Hello, World", 13)
print("rot13 twice:", rot13, "->", caesar(rot13, 13))
atbash = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[::-1])
print("atbash:", "wizard of oz".translate(atbash))
print("strip vowels:", message.translate(str.maketrans("", "", "aeiouAEIOU")))
