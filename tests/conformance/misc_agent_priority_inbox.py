# area: realistic agent script: score and triage emails with rule weights, regex keyword hits and stable ranking
import re

RULES = [
    (r"\burgent\b|\basap\b", 5, "urgent words"),
    (r"\binvoice\b|\bpayment\b", 3, "billing"),
    (r"\bunsubscribe\b|\bnewsletter\b", -4, "bulk"),
    (r"\bmeeting\b|\bcall\b", 2, "scheduling"),
    (r"!{2,}", 1, "excited"),
]
VIP = {"boss@corp.com": 4, "cfo@corp.com": 3}
INBOX = [
    ("boss@corp.com", "Quick call?", "Can we have a call today about the roadmap"),
    ("news@shop.com", "Weekly newsletter", "Deals inside!! unsubscribe anytime"),
    ("vendor@acme.io", "Invoice 4411 overdue", "Payment is URGENT, please pay ASAP!!"),
    ("friend@mail.com", "lunch", "lunch tomorrow?"),
    ("cfo@corp.com", "Budget meeting", "Meeting moved to 3pm"),
]
scored = []
for i, (sender, subject, body) in enumerate(INBOX):
    text = f"{subject} {body}"
    score, reasons = VIP.get(sender, 0), []
    if sender in VIP:
        reasons.append(f"vip+{VIP[sender]}")
    for pattern, weight, label in RULES:
        hits = len(re.findall(pattern, text, re.I))
        if hits:
            score += weight * hits
            reasons.append(f"{label}{'+' if weight > 0 else ''}{weight * hits}")
    scored.append((score, i, sender, subject, reasons))
scored.sort(key=lambda t: (-t[0], t[1]))
for score, _, sender, subject, reasons in scored:
    bucket = "NOW" if score >= 6 else "TODAY" if score >= 3 else "LATER" if score >= 0 else "ARCHIVE"
    print(f"{score:>3} {bucket:<7} {sender:<16} {subject:<22} {', '.join(reasons)}")
print({b: sum(1 for s, *_ in scored if (s >= 6) == (b == "NOW")) for b in ["NOW"]})
