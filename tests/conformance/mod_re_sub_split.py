# area: re: sub with templates and callables, subn, split with groups and maxsplit, escape
import re
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home and ann@work"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 22 333"))
print(re.subn(r"a", "b", "aaa", count=2))
print(re.split(r"[,;]\s*", "a, b;c,  d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"\b", "a b"))
print(re.split(r"x", "axbxc", maxsplit=1))
