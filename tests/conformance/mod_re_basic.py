# area: re: search, match, fullmatch, groups, named groups, spans, match attributes
import re
print(re.search(r"(\d+)-(\d+)", "call 555-1234 now"))
m = re.search(r"(?P<area>\d{3})-(?P<num>\d{4})", "call 555-1234 now")
print(m.group(), m.group(1), m.group("num"), m.groups(), m.groupdict(), m.span(), m.start(2), m.end("area"))
print(m[0], m["area"], m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos)
print(re.match(r"a+", "baaa"), re.match(r"b(a+)", "baaa").group(1))
print(re.fullmatch(r"a|ab", "ab"))
print(re.findall(r"\w+", "hello, wörld! 42"))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"))
print(re.findall(r"x*", "abxd"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home and ann@work"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 22 333"))
print(re.split(r"x", "axbxc", maxsplit=1))
print(re.escape("a.b*c?"))
print(re.search(r"end$", "the end\n"), re.search(r"end\Z", "the end\n"))
print(re.search(r"(?i)HELLO", "say hello"))
print(re.search(r"(\w+) \1", "hello hello world"))
print(re.search(r"(?<=\$)\d+", "cost: $42"))
print(re.findall(r"\d+(?=%)", "10% of 200 is 20%"))
print(re.search("é+", "caféé!").span())
print(re.findall(r"[A-Z][a-z]+", "Hello World From Python"))
print(re.sub(r"\s+", " ", "  lots   of\n\tspace  ").strip())
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"))
print(re.search(r"{", "a{b").span(), re.search(r"a{2}", "caab").span())
print(re.compile(r"""
   (\d+)   # number
   \s*
   ([a-z]+) # unit
""", re.X).findall("10 kg, 20m"))
try:
    re.compile("(")
except re.error as e:
    print("error", type(e).__name__)
