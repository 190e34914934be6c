# area: str: safe string templating with re.finditer placeholders, plus a $-style substitution via re
import re

def safe_format(tpl, **values):
    out, i = [], 0
    for m in re.finditer(r"\{(\w+)\}", tpl):
        out.append(tpl[i:m.start()])
        key = m.group(1)
        out.append(str(values[key]) if key in values else m.group(0))
        i = m.end()
    out.append(tpl[i:])
    return "".join(out)

tpl = "Hi {name}, your {plan} plan renews on {date}. Questions? {support}"
print(safe_format(tpl, name="Ann", plan="pro", date="2024-09-01"))
print(safe_format("{a}{b}{a}", a=1, b="-"))

def dollar(tpl, mapping):
    def repl(m):
        if m.group(1) == "$":
            return "$"
        key = m.group(2) or m.group(3)
        return str(mapping.get(key, m.group(0)))
    return re.sub(r"\$(?:(\$)|\{(\w+)\}|(\w+))", repl, tpl)

print(dollar("Total: $$${amount} for $user ($missing)", {"amount": "12.50", "user": "ann"}))
print(dollar("${a}${b}$c", {"a": "x", "b": "y", "c": "z"}))
rows = [{"k": "alpha", "v": 1}, {"k": "beta", "v": 22}]
line_tpl = "{k:<8}{v:>4}"
print("\n".join(line_tpl.format(**r) for r in rows))
print("{0:-^20}".format(" end "), "{:>{}}".format("w", 4), "{:.{}f}".format(3.14159, 2))
