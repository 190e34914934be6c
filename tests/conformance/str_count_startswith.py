# str: count, startswith/endswith incl. tuples of prefixes
s = "mississippi"
print(s.count("s"), s.count("ss"), s.count("issi"), s.count("z"))
print(s.count(""))
print(s.startswith("miss"), s.startswith("iss"), s.startswith("iss", 1))
print(s.endswith("ppi"), s.endswith("pp"))
print(s.startswith(("a", "b", "m")))
print(s.endswith(("x", "y")))
files = ["a.py", "b.rs", "c.txt", "d.PY"]
print([f for f in files if f.endswith((".py", ".rs"))])
print([f for f in files if f.lower().endswith(".py")])
print("".startswith(""), "abc".startswith(""))
