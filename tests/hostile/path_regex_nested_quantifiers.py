# expect: ok
# attacks: classic ReDoS patterns (nested quantifiers, overlapping alternatives) that hang CPython; without backreferences or lookaround they run on automata and finish in linear time
import re
s = "a" * 5000 + "!"
assert re.match(r"(a+)+$", s) is None
assert re.match(r"(a|a)*b", s) is None
assert re.match(r"(a|aa)+$", s) is None
assert re.match(r"(x+x+)+y", "x" * 5000) is None
assert re.search(r"^(([a-z])+.)+[A-Z]([a-z])+$", "a" * 3000 + "1") is None
assert len(re.findall(r"(\w+\s?)+", "word " * 2000)) == 1
print("done")
