# area: realistic agent script: mail-merge personalised messages from records with conditional sections and a preview report
RECIPIENTS = [
    {"name": "Ann Lee", "email": "ann@x.io", "plan": "pro", "usage": 0.93, "renews": "2024-07-01", "unpaid": 0},
    {"name": "bob stone", "email": "bob@y.io", "plan": "free", "usage": 0.12, "renews": None, "unpaid": 0},
    {"name": "Cyd", "email": "", "plan": "team", "usage": 0.55, "renews": "2024-06-15", "unpaid": 2},
]

def first_name(full):
    return full.split()[0].capitalize()

def render(r):
    lines = [f"Hi {first_name(r['name'])},", ""]
    if r["usage"] >= 0.9:
        lines.append(f"You've used {r['usage']:.0%} of your {r['plan']} quota - consider upgrading.")
    else:
        lines.append(f"You're at {r['usage']:.0%} of your {r['plan']} quota.")
    if r["renews"]:
        y, m, d = r["renews"].split("-")
        lines.append(f"Your plan renews on {d}/{m}/{y}.")
    if r["unpaid"]:
        lines.append(f"You have {r['unpaid']} unpaid invoice{'s' if r['unpaid'] != 1 else ''}.")
    lines += ["", "- The Team"]
    return "\n".join(lines)

sent, skipped = [], []
for r in RECIPIENTS:
    if not r["email"]:
        skipped.append((r["name"], "missing email"))
        continue
    body = render(r)
    sent.append((r["email"], len(body)))
    print(f"To: {r['email']}\nSubject: Your {r['plan'].title()} account\n{body}\n{'=' * 30}")
print("sent:", sent)
print("skipped:", skipped)
print("preview of skipped:", render(RECIPIENTS[2]).splitlines()[2:4])
