# area: realistic agent script: assemble a prompt from system/tool/history parts under a token budget, dropping oldest turns
SYSTEM = "You are a careful assistant. Use tools when needed."
TOOLS = [("search", "search(query) -> list of results"), ("calc", "calc(expr) -> number")]
HISTORY = [
    ("user", "What's the population of Oslo?"),
    ("assistant", "Let me search. <search('Oslo population')>"),
    ("tool", "Oslo: 709,037 (2023)"),
    ("assistant", "Oslo has about 709,000 people."),
    ("user", "And twice that?"),
    ("assistant", "<calc('709037*2')>"),
    ("tool", "1418074"),
    ("user", "Great, now summarise our chat in one sentence."),
]

def tokens(text):
    return len(text.split()) + text.count(",") + text.count(".")

def build(budget):
    header = [f"[system] {SYSTEM}"] + [f"[tool:{n}] {sig}" for n, sig in TOOLS]
    used = sum(tokens(h) for h in header)
    kept = []
    for role, text in reversed(HISTORY):
        t = tokens(text) + 1
        if used + t > budget:
            break
        kept.append(f"[{role}] {text}")
        used += t
    kept.reverse()
    dropped = len(HISTORY) - len(kept)
    note = [f"[note] {dropped} earlier message(s) omitted"] if dropped else []
    return header + note + kept, used

for budget in (200, 60, 35, 20):
    parts, used = build(budget)
    print(f"--- budget {budget}: {used} tokens, {len(parts)} parts")
    for p in parts:
        print("   ", p if len(p) <= 60 else p[:57] + "...")
