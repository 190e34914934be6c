# task: group words into anagram families, find palindromes and near-palindromes in a word list
from collections import defaultdict

WORDS = """listen silent enlist inlets google banana tinsel stone tones notes onset
level radar racecar rotor civic kayak refer stats noon abba abca deed dead
evil vile live veil Elvis lives angel glean angle state taste""".split()


def signature(word: str) -> str:
    return "".join(sorted(word.lower()))


families = defaultdict(list)
for w in WORDS:
    families[signature(w)].append(w)

groups = sorted((sorted(ws) for ws in families.values() if len(ws) > 1), key=lambda g: (-len(g), g))
print(f"{len(groups)} anagram families:")
for g in groups:
    print(f"  [{signature(g[0])}] {' '.join(g)}")


def is_palindrome(s: str) -> bool:
    s = "".join(ch for ch in s.lower() if ch.isalnum())
    return s == s[::-1]


def near_palindrome(s: str) -> bool:
    """True if deleting exactly one character makes it a palindrome."""
    i, j = 0, len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return is_palindrome(s[i + 1:j + 1]) or is_palindrome(s[i:j])
        i, j = i + 1, j - 1
    return False


palindromes = sorted({w for w in WORDS if is_palindrome(w)}, key=lambda w: (len(w), w))
print("palindromes:", ", ".join(palindromes))
print("one deletion away:", ", ".join(w for w in WORDS if not is_palindrome(w) and near_palindrome(w)))
for phrase in ["A man, a plan, a canal: Panama", "Was it a car or a cat I saw?", "Not a palindrome"]:
    print(f"{phrase!r}: {is_palindrome(phrase)}")
largest = max(families.values(), key=len)
print("largest family size:", len(largest), "unique letters in it:", "".join(sorted(set(largest[0]))))
