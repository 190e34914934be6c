# area: fstring: str.format and format_map with attribute/index access, alignment, and format() builtin in a report
class Host:
    def __init__(self, name, cpu, mem):
        self.name, self.cpu, self.mem = name, cpu, mem

hosts = [Host("web-01", 0.734, 2048), Host("db-primary", 0.951, 16384), Host("cache", 0.05, 512)]
row = "{h.name:<12}|{h.cpu:>7.1%}|{h.mem:>8,} MB|{flag}"
for h in hosts:
    print(row.format(h=h, flag="!" if h.cpu > 0.9 else ""))
print("{0[0]}-{0[2]} {1[key]} {2}".format("abc", {"key": "val"}, [1, 2]))
print("{:>{w}} {:<{w}}|".format("r", "l", w=5), "{:{fill}^{w}}".format("mid", fill="~", w=9))
summary = {"n": len(hosts), "avg": sum(h.cpu for h in hosts) / len(hosts), "max": max(h.mem for h in hosts)}
print("hosts={n} avg_cpu={avg:.2%} max_mem={max:,}".format_map(summary))
print(format(1234567.891, ",.2f"), format(0.5, ".0%"), format(42, "b"), format("x", "^5"), format(7, "03d"))
print("{!r} {!s} {}".format("q", "q", None), "{{}} {}".format("braces"), "{0}{0}{1}".format("ab", "c"))
tpl = "Dear {name},\nYour order #{order:06d} of {qty} item{s} ships {when}."
for name, order, qty in [("Ann", 42, 1), ("Bob", 12345, 3)]:
    print(tpl.format(name=name, order=order, qty=qty, s="" if qty == 1 else "s", when="today"))
print(f"{'%'}: {50}%", "%-8s|%6.2f|%+d" % ("pct", 12.345, 5), "%s=%r" % ("k", "v"), "%05.1f%%" % 9.87)
