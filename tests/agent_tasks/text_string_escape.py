# task: escape and unescape strings for JSON, repr, HTML and shell-like quoting and compare the results
import json
import re

SAMPLES = [
    'plain text',
    'He said "hi"',
    "it's here",
    "tab\there\nnewline",
    "back\\slash",
    "<script>alert('x')</script> & more",
    "émoji 🚀 and ü",
    "semi;colon $HOME",
]

HTML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}


def html_escape(s: str) -> str:
    return "".join(HTML_ESCAPES.get(ch, ch) for ch in s)


def html_unescape(s: str) -> str:
    reverse = {v: k for k, v in HTML_ESCAPES.items()}
    return re.sub(r"&(?:amp|lt|gt|quot|#x27);", lambda m: reverse[m.group()], s)


def shell_quote(s: str) -> str:
    if s and re.fullmatch(r"[\w@%+=:,./-]+", s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


for s in SAMPLES:
    print(f"repr:  {s!r}")
    print(f"  json:       {json.dumps(s)}")
    print(f"  json utf8:  {json.dumps(s, ensure_ascii=False)}")
    print(f"  html:       {html_escape(s)}")
    print(f"  shell:      {shell_quote(s)}")
    assert json.loads(json.dumps(s)) == s
    assert html_unescape(html_escape(s)) == s

print()
print("ascii():", ascii("naïve café 🚀"))
print("encode unicode_escape:", "tab\tü🚀".encode("unicode_escape"))
print("decode unicode_escape:", b"caf\\xe9 \\u2713".decode("unicode_escape"))
print("utf-8 bytes:", "é🚀".encode("utf-8"), "len", len("é🚀".encode("utf-8")))
print("raw string:", r"C:\new\table", "| normal:", "C:\\new\\table")
print("ord/chr:", [ord(c) for c in "Aé🚀"], chr(0x263A))
print("all samples round-trip through json and html escaping")
