# area: realistic agent script: classify free-text support tickets into queues with ordered regex rules and confidence
import re

RULES = [
    ("billing", [r"\brefund\b", r"\bcharged?\b", r"\binvoice\b", r"\bpayment\b"]),
    ("auth", [r"\bpassword\b", r"\blog ?in\b", r"\b2fa\b", r"\blocked out\b"]),
    ("bug", [r"\berror\b", r"\bcrash(es|ed)?\b", r"\bbroken\b", r"\b500\b"]),
    ("sales", [r"\bpricing\b", r"\benterprise\b", r"\bquote\b"]),
]
TICKETS = [
    "I was charged twice, please refund the second payment",
    "Can't log in, says my password is wrong and now I'm locked out",
    "App crashes when I open settings (error 500)",
    "Do you have enterprise pricing? Need a quote for 200 seats",
    "Hello?",
    "Payment page is broken, error when submitting invoice",
]
for t in TICKETS:
    scores = {}
    for queue, pats in RULES:
        hits = sum(1 for p in pats if re.search(p, t, re.I))
        if hits:
            scores[queue] = hits
    if not scores:
        print(f"{'triage':<8} (0.00) {t}")
        continue
    best = max(scores, key=lambda q: (scores[q], -[r[0] for r in RULES].index(q)))
    conf = scores[best] / sum(scores.values())
    alt = sorted((q for q in scores if q != best))
    print(f"{best:<8} ({conf:.2f}) {t}" + (f"  [also: {', '.join(alt)}]" if alt else ""))
