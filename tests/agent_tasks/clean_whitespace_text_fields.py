# task: tidy free-text ticket descriptions: collapse whitespace, strip control chars, fix quotes, truncate for preview
import re
import textwrap

TICKETS = {
    "T-1": "  Printer   on 3rd floor\tis jammed\n\n\nagain!!  ",
    "T-2": "User says \u201cVPN won\u2019t connect\u201d since Monday\u2026",
    "T-3": "Reset\x00 password\x07 for account   bob@corp.com",
    "T-4": "",
    "T-5": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
           "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam.",
    "T-6": "ALL CAPS TITLE: SERVER DOWN!!!!!!",
}

SMART = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2026": "..."})
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def tidy(text: str) -> str:
    text = text.translate(SMART)
    text = CONTROL_RE.sub("", text.replace("\t", " "))
    text = re.sub(r"\n{2,}", "\n", text)
    text = re.sub(r"[ ]{2,}", " ", text)
    text = re.sub(r"([!?])\1{2,}", r"\1", text)
    text = "\n".join(line.strip() for line in text.splitlines())
    if text.isupper():
        text = text.capitalize()
    return text.strip()


cleaned = {}
for ticket_id, raw in TICKETS.items():
    tidy_text = tidy(raw)
    if not tidy_text:
        print(f"{ticket_id}: <empty, skipped>")
        continue
    cleaned[ticket_id] = tidy_text
    preview = textwrap.shorten(tidy_text.replace("\n", " "), width=40, placeholder=" [...]")
    print(f"{ticket_id}: {preview!r} ({len(raw)} -> {len(tidy_text)} chars)")

print()
print("full text of T-5 wrapped at 36 columns:")
print(textwrap.indent(textwrap.fill(cleaned["T-5"], width=36), "  | "))
print("multi-line tickets:", [t for t, text in cleaned.items() if "\n" in text])
