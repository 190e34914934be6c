# task: deduplicate CRM contacts with custom __eq__/__hash__ on normalised email
import csv
import io

CONTACTS = """name,email,phone,source
Ana Silva,Ana.Silva@Example.com,555-0101,webinar
Ben Okafor,ben@okafor.io,,import
ana silva,ana.silva@example.com ,555 0101,trade show
Chen Wei,chen.wei+news@mail.cn,555-0199,newsletter
Chen Wei,chen.wei@mail.cn,,import
Dara Kim,dara@kim.dev,555-0142,webinar
BEN OKAFOR,Ben@Okafor.IO,555-0177,referral
"""


class Contact:
    def __init__(self, name: str, email: str, phone: str, source: str):
        self.name = " ".join(w.capitalize() for w in name.split())
        self.email = email.strip()
        self.phone = "".join(ch for ch in phone if ch.isdigit())
        self.sources = {source}

    @property
    def key(self) -> str:
        local, _, domain = self.email.lower().partition("@")
        local = local.split("+", 1)[0]
        return f"{local}@{domain}"

    def __eq__(self, other):
        if not isinstance(other, Contact):
            return NotImplemented
        return self.key == other.key

    def __hash__(self):
        return hash(self.key)

    def merge(self, other: "Contact") -> None:
        self.phone = self.phone or other.phone
        self.sources |= other.sources

    def __repr__(self):
        return f"Contact({self.name!r}, {self.key!r})"


rows = list(csv.DictReader(io.StringIO(CONTACTS)))
merged: dict[Contact, Contact] = {}
for row in rows:
    c = Contact(**row)
    if c in merged:
        merged[c].merge(c)
    else:
        merged[c] = c

print(f"{len(rows)} rows -> {len(merged)} contacts")
for c in sorted(merged, key=lambda c: c.name):
    print(f"  {c.name:<11} {c.key:<22} phone={c.phone or '-':<8} sources={sorted(c.sources)}")

a, b = Contact("x", "A@B.com", "", "s"), Contact("y", "a+tag@b.com", "", "t")
print("equal:", a == b, "| same hash:", hash(a) == hash(b), "| set size:", len({a, b}))
print("compare to str:", a == "a@b.com")
print(repr(a))
