# area: re: compiled patterns, flags, findall/finditer, pos and endpos, MULTILINE and VERBOSE
import re
p = re.compile(r"^(\w+):\s*(.*)$", re.M)
print(p, p.groups, p.groupindex, p.flags)
text = "name: Bob\nage: 42\nbad line\ncity: Paris"
print(p.findall(text))
print([m.group(1) for m in p.finditer(text)])
print(dict(p.findall(text)))
print(re.compile("a", re.I | re.S))
try:
    re.compile(r"\q")
except re.error as e:
    print(e)
m = re.search(r"(\d+)", "abc 12")
if m:
    print("found", m.group(1))
print(bool(re.match("x", "y")))
print(re.sub("a", r"\n", "bab") == "b\nb")
print(p.search(text, 10))
print(re.compile(r"\d").sub("#", "a1b22"))
print(re.findall(r"\bis\b", "this is it, isn't it"))
print(re.match(r"\w+", "résumé!").group())
print(re.match(r"\w+", "résumé!", re.A).group())
