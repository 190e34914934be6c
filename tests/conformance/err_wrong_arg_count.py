# area: err: calling a helper with too many positional arguments raises TypeError naming the function
def fmt_row(name, value):
    return f"{name:<8}{value:>6}"

rows = [("alpha", 1), ("beta", 22), ("gamma", 333)]
for r in rows:
    print(fmt_row(*r))
print(fmt_row("delta", 4, "extra"))
