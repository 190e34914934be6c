# area: realistic agent script: truncate long tool outputs for a context window (middle ellipsis, line caps, token estimates)
OUTPUT = "\n".join(f"line {i:03d}: " + ("data " * (i % 7 + 1)).strip() for i in range(1, 41))

def estimate_tokens(text):
    return max(1, round(len(text) / 4))

def truncate_middle(text, limit):
    if len(text) <= limit:
        return text
    keep = limit - 5
    head = keep // 2 + keep % 2
    return text[:head] + " ... " + text[len(text) - keep // 2:]

def cap_lines(text, head=5, tail=3):
    lines = text.splitlines()
    if len(lines) <= head + tail:
        return text
    hidden = len(lines) - head - tail
    return "\n".join(lines[:head] + [f"[... {hidden} lines omitted ...]"] + lines[-tail:])

print("original:", len(OUTPUT), "chars,", OUTPUT.count("\n") + 1, "lines, ~", estimate_tokens(OUTPUT), "tokens")
capped = cap_lines(OUTPUT)
print(capped)
print("capped: ~", estimate_tokens(capped), "tokens")
for n in (10, 25, 41):
    s = truncate_middle("The quick brown fox jumps over the lazy dog", n)
    print(f"{n:>2} {len(s):>2} {s!r}")
budget = 120
parts, used = [], 0
for chunk in OUTPUT.splitlines():
    t = estimate_tokens(chunk)
    if used + t > budget:
        parts.append(f"<{len(OUTPUT.splitlines()) - len(parts)} more lines>")
        break
    parts.append(chunk)
    used += t
print(len(parts), used, parts[-2:])
