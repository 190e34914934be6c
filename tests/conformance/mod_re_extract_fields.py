# area: re: named groups, finditer spans, sub with callbacks and backrefs, split with captures, flags on agent-style text
import re

TEXT = """Order #A-1042 placed by jane.doe@example.com on 2024-03-05 for $1,249.99.
Refund #R-77 issued to BOB@Example.org on 2024-03-09 for $35.00.
Note: call +1 (555) 123-4567 before 5pm; ref #A-1043."""

emails = re.findall(r"[\w.]+@[\w.]+\.\w+", TEXT)
print("emails:", emails)
print("normalised:", [e.lower() for e in emails])
for m in re.finditer(r"#(?P<kind>[AR])-(?P<num>\d+)", TEXT):
    print(f"  {m.group(0):<7} kind={m['kind']} num={int(m['num']):>5} span={m.span()}")
dates = re.findall(r"(\d{4})-(\d{2})-(\d{2})", TEXT)
print("dates:", dates)
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", TEXT.splitlines()[0]))
amounts = [float(a.replace(",", "")) for a in re.findall(r"\$([\d,]+\.\d\d)", TEXT)]
print("amounts:", amounts, "sum:", sum(amounts))
masked = re.sub(r"([\w.])[\w.]*@", lambda m: m.group(1) + "***@", TEXT)
print(masked.splitlines()[1])
phone = re.search(r"\+(\d)\s*\((\d{3})\)\s*(\d{3})-(\d{4})", TEXT)
print("phone:", "".join(phone.groups()), phone.start(), phone.end())
print(re.split(r"([;.])\s*", "a; b. c;d"))
print(re.findall(r"^\w+", TEXT, flags=re.M))
print(bool(re.match(r"order", TEXT)), bool(re.match(r"order", TEXT, re.I)))
print(re.subn(r"\s+", " ", "too    many   spaces\there"))
words = re.compile(r"\b(\w)(\w*)\b")
print(words.sub(lambda m: m.group(1).upper() + m.group(2), "make every word title case"))
print(re.fullmatch(r"[A-Z]-\d+", "A-1042") is not None, re.fullmatch(r"[A-Z]-\d+", "A-1042x"))
print(re.escape("price: $5.00 (approx)"))
