# area: realistic agent script: parse hex colours, convert to RGB/HSL, compute contrast ratios and pick readable text colours
def hex_to_rgb(h):
    h = h.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))

def rgb_to_hsl(rgb):
    r, g, b = (c / 255 for c in rgb)
    mx, mn = max(r, g, b), min(r, g, b)
    l = (mx + mn) / 2
    if mx == mn:
        return 0, 0.0, l
    d = mx - mn
    s = d / (2 - mx - mn) if l > 0.5 else d / (mx + mn)
    if mx == r:
        h = (g - b) / d + (6 if g < b else 0)
    elif mx == g:
        h = (b - r) / d + 2
    else:
        h = (r - g) / d + 4
    return round(h * 60), s, l

def luminance(rgb):
    def ch(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (ch(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b

def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)

PALETTE = ["#1e90ff", "#fff", "#222", "#ffd700", "#8b0000", "#3cb371", "#777777"]
for h in PALETTE:
    rgb = hex_to_rgb(h)
    hue, s, l = rgb_to_hsl(rgb)
    on_white, on_black = contrast(rgb, (255, 255, 255)), contrast(rgb, (0, 0, 0))
    text = "white" if on_white >= on_black else "black"
    grade = "AAA" if max(on_white, on_black) >= 7 else "AA" if max(on_white, on_black) >= 4.5 else "fail"
    print(f"{h:<8}{str(rgb):<16}hsl({hue:>3},{s:>4.0%},{l:>4.0%}) vs white {on_white:5.2f} vs black {on_black:5.2f} -> {text} text ({grade})")
print("#{:02x}{:02x}{:02x}".format(*(round((a + b) / 2) for a, b in zip(hex_to_rgb("#1e90ff"), hex_to_rgb("#ffd700")))))
