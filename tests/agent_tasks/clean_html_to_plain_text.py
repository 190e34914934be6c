# task: strip HTML from scraped product descriptions into plain text, keeping list items and decoding entities
import re

SCRAPED = [
    ("p1", "<p>Ultra-light <b>running</b> shoe.</p><ul><li>Breathable mesh</li><li>Size 6&ndash;12</li></ul>"),
    ("p2", "<div class='desc'>Price: &pound;49 &amp; free shipping!<br/>Ships in 2&nbsp;days.</div>"),
    ("p3", "<script>track()</script><h2>Water Bottle</h2><p>Keeps drinks cold &gt; 24h</p>"),
    ("p4", "Plain text with no tags &#8212; just an entity &#x2713;"),
    ("p5", "<p>   </p>"),
]

ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": " ",
            "ndash": "\u2013", "mdash": "\u2014", "pound": "\u00a3"}


def decode_entities(text: str) -> str:
    def repl(m: re.Match) -> str:
        name = m.group(1)
        if name.startswith("#x"):
            return chr(int(name[2:], 16))
        if name.startswith("#"):
            return chr(int(name[1:]))
        return ENTITIES.get(name, m.group(0))
    return re.sub(r"&(#x[0-9a-fA-F]+|#\d+|\w+);", repl, text)


def html_to_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S | re.I)
    html = re.sub(r"<li[^>]*>", "\n- ", html, flags=re.I)
    html = re.sub(r"<br\s*/?>|</p>|</h\d>|</div>", "\n", html, flags=re.I)
    html = re.sub(r"<[^>]+>", "", html)
    text = decode_entities(html)
    lines = [re.sub(r"\s+", " ", ln).strip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln)


results = {}
for pid, html in SCRAPED:
    text = html_to_text(html)
    results[pid] = text
    print(f"== {pid} ({len(html)} -> {len(text)} chars)")
    print(text if text else "<empty>")

empty = [pid for pid, t in results.items() if not t]
non_ascii = sorted({ch for t in results.values() for ch in t if ord(ch) > 127})
print(f"\nempty descriptions: {empty}")
print("non-ascii characters kept:", [f"U+{ord(c):04X}" for c in non_ascii])
