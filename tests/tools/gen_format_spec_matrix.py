# Generates the format-spec audit program: a seeded sample of every combination of fill, align, sign, `#`, `0`,
# width, grouping, precision and type over ints, floats and strs (the issue 4 format-spec audit).
import itertools
ints = [0, 7, -7, 255, -1234567, 10**12, 2**70]
floats = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1234567.891, 1e-7, 2.5e16, float("inf"), float("nan"), 0.5, 1e100]
strs = ["", "ab", "héllo"]
fills = ["", "*", "0"]
aligns = ["", "<", ">", "^", "="]
signs = ["", "+", "-", " "]
alts = ["", "#"]
zeros = ["", "0"]
widths = ["", "1", "12"]
groups = ["", ",", "_"]
precs = ["", ".0", ".3"]
int_types = ["", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%"]
float_types = ["", "e", "E", "f", "F", "g", "G", "%", "n"]
lines = []
def specs(types):
    for f, a, s, alt, z, w, g, p, t in itertools.product(fills, aligns, signs, alts, zeros, widths, groups, precs, types):
        if f and not a:
            continue
        yield f + a + s + alt + z + w + g + p + t
import random
rnd = random.Random(5)
all_int = list(specs(int_types)); all_float = list(specs(float_types)); all_str = list(specs(["", "s"]))
out = []
for v in ints:
    for sp in rnd.sample(all_int, 220):
        out.append((repr(v), sp))
for v in floats:
    for sp in rnd.sample(all_float, 160):
        out.append((repr(v) if v == v and abs(v) != float("inf") else f"float({str(v)!r})", sp))
for v in strs:
    for sp in rnd.sample(all_str, 120):
        out.append((repr(v), sp))
# Writes tests/conformance/fstring_format_spec_matrix.py (run from the repository root); regenerate its .out
# with CPython 3.11 as for any corpus program.
with open("tests/conformance/fstring_format_spec_matrix.py", "w") as fh:
    fh.write("# fstring_: a sample of the format-spec mini-language over ints, floats and strs, with the errors\n")
    fh.write("cases = [\n")
    for v, sp in out:
        fh.write(f"    ({v}, {sp!r}),\n")
    fh.write("]\n")
    fh.write("""for v, spec in cases:
    try:
        print(repr(spec), repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
""")
