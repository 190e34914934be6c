# area: realistic agent script: strip HTML tags, decode a few entities, extract links and headings with regex from a page
import re

PAGE = """<html><head><title>Release notes &amp; updates</title></head>
<body>
<h1>Version 2.0</h1>
<p>We&#39;re excited to ship <b>v2.0</b>! See <a href="https://example.com/docs">the docs</a>
and the <a href='/changelog' class="x">changelog</a>.</p>
<h2>Breaking changes</h2>
<ul><li>Removed <code>old_api()</code></li><li>Min Python is 3.9 &gt; 3.8</li></ul>
<!-- hidden comment <a href="/secret">no</a> -->
<script>var x = "<p>not text</p>";</script>
<h2>Fixes</h2><p>Fixed   whitespace&nbsp;bugs.</p>
</body></html>"""

ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "#39": "'", "nbsp": " "}

def decode(s):
    return re.sub(r"&(#?\w+);", lambda m: ENTITIES.get(m.group(1), m.group(0)), s)

clean = re.sub(r"<!--.*?-->", "", PAGE, flags=re.S)
clean = re.sub(r"<(script|style)\b.*?</\1>", "", clean, flags=re.S | re.I)
title = decode(re.search(r"<title>(.*?)</title>", clean, re.S).group(1))
headings = [(int(l), decode(re.sub(r"<[^>]+>", "", t))) for l, t in re.findall(r"<h([1-6])>(.*?)</h\1>", clean)]
links = re.findall(r"""<a\s+href=["']([^"']+)["'][^>]*>(.*?)</a>""", clean)
text = decode(re.sub(r"<[^>]+>", " ", clean))
text = re.sub(r"[ \t]+", " ", text)
lines = [l.strip() for l in text.splitlines() if l.strip()]
print("title:", title)
for level, h in headings:
    print("  " * (level - 1) + f"h{level}: {h}")
print("links:", links)
print("\n".join(lines))
print("words:", len(" ".join(lines).split()))
