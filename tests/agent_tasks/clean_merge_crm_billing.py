# task: merge customer records from a CRM export and a billing system, reporting conflicts and orphans
from dataclasses import dataclass, field, asdict

crm = [
    {"customer_id": "C001", "name": "Acme Corp", "email": "ops@acme.com", "tier": "gold"},
    {"customer_id": "C002", "name": "Globex", "email": "billing@globex.com", "tier": "silver"},
    {"customer_id": "C003", "name": "Initech", "email": "it@initech.com", "tier": "bronze"},
    {"customer_id": "C005", "name": "Umbrella", "email": "hq@umbrella.com", "tier": "gold"},
]
billing = [
    {"cust": "c001", "company": "ACME Corp", "email": "ap@acme.com", "balance_cents": 125000},
    {"cust": "C002", "company": "Globex", "email": "billing@globex.com", "balance_cents": 0},
    {"cust": "C004", "company": "Hooli", "email": "pay@hooli.com", "balance_cents": 9900},
    {"cust": "C005 ", "company": "Umbrella Corp.", "email": "HQ@umbrella.com", "balance_cents": 45050},
]


@dataclass
class Customer:
    customer_id: str
    name: str
    email: str
    tier: str | None = None
    balance_cents: int | None = None
    sources: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


def key(raw_id: str) -> str:
    return raw_id.strip().upper()


merged: dict[str, Customer] = {}
for row in crm:
    cid = key(row["customer_id"])
    merged[cid] = Customer(cid, row["name"], row["email"].lower(), tier=row["tier"], sources=["crm"])

for row in billing:
    cid = key(row["cust"])
    email = row["email"].strip().lower()
    if cid not in merged:
        merged[cid] = Customer(cid, row["company"], email, sources=["billing"])
    else:
        cust = merged[cid]
        cust.sources.append("billing")
        if cust.name.casefold() != row["company"].casefold():
            cust.conflicts.append(f"name: crm={cust.name!r} billing={row['company']!r}")
        if cust.email != email:
            cust.conflicts.append(f"email: crm={cust.email} billing={email}")
    merged[cid].balance_cents = row["balance_cents"]

print(f"{'id':<5} {'name':<10} {'tier':<7} {'balance':>10}  sources")
for cid in sorted(merged):
    c = merged[cid]
    bal = "n/a" if c.balance_cents is None else f"${c.balance_cents / 100:,.2f}"
    print(f"{cid:<5} {c.name:<10} {c.tier or '-':<7} {bal:>10}  {'+'.join(c.sources)}")

print("\nconflicts:")
for c in merged.values():
    for conflict in c.conflicts:
        print(f"  {c.customer_id}: {conflict}")
only_crm = sorted(c.customer_id for c in merged.values() if c.sources == ["crm"])
only_billing = sorted(c.customer_id for c in merged.values() if c.sources == ["billing"])
print(f"only in CRM: {only_crm}; only in billing: {only_billing}")
print(asdict(merged["C004"]))
