# task: render notification messages with string.Template, handling missing and invalid placeholders
from string import Template

TEMPLATES = {
    "welcome": "Hi $name, welcome to $product! Your trial ends on $trial_end.",
    "invoice": "Invoice #$invoice_id for ${amount}EUR is due in $days day(s).",
    "price": "Only $$${price} today for $name",
    "broken": "Hello $name, your code is $",
}

USERS = [
    {"name": "Ana", "product": "Atlas", "trial_end": "2024-05-01", "invoice_id": 1042, "amount": "19.99", "days": 3, "price": "9.50"},
    {"name": "Bo", "product": "Atlas", "invoice_id": 1043, "amount": "250.00"},
]


class Markdown(Template):
    delimiter = "%"
    idpattern = r"[a-z][a-z_]*"


for user in USERS:
    print(f"--- {user['name']} ---")
    for key, text in TEMPLATES.items():
        tmpl = Template(text)
        try:
            print(f"{key:>8}: {tmpl.substitute(user)}")
        except KeyError as e:
            print(f"{key:>8}: missing {e}; safe -> {tmpl.safe_substitute(user)}")
        except ValueError as e:
            print(f"{key:>8}: invalid template ({e})")

print()
report = Markdown("**%title** - %count items (100%% checked)")
print(report.substitute(title="Inventory", count=42))
print("identifiers:", Template(TEMPLATES["welcome"]).get_identifiers())
print("valid?", {k: Template(v).is_valid() for k, v in TEMPLATES.items()})
print(Template("$who likes $what").substitute({"who": "tim"}, what="kung pao"))
