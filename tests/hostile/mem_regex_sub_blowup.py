# expect: killed memory
# attacks: re.sub that multiplies its input (an empty pattern matches between every character) grows the result past the memory limit while it is built
import re
s = re.sub("", "x" * 10000, "a" * 100000)
print("ESCAPED", len(s))
