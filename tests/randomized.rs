//! Randomized programs, with a fixed seed and a bounded number of cases, so the test is repeatable in CI.
//!
//! A generator writes small Python programs that use the subset nPython supports: int, float, str, list and
//! dict arithmetic and methods, comparisons, `if`/`while`/`for` with small bounds, functions (defaults,
//! keywords, `*args`/`**kwargs`, `global`, recursion, closures with `nonlocal`, late-binding lambdas),
//! `try`/`except`/`else`/`finally`, `raise`, `raise ... from`, bare `raise`, `break`/`continue`, `for`/`while`
//! `else`, comprehensions, sets (printed sorted), chained comparisons, the walrus, unpacking, f-strings,
//! `str.format` and `%`-formatting. Every program runs on the VM three times, with a fuel quantum of 1
//! (suspending at every safepoint), a random quantum, and one quantum.
//! The invariants:
//!
//! * nothing panics and no run ends in an internal error;
//! * the outcome (result repr, exception type, message and traceback lines, or the limit), the printed output
//!   and the instruction count are identical in the three runs (suspension never changes behaviour);
//! * when `python3` is CPython 3.11, each program that nPython finishes or raises from also runs under
//!   CPython (one persistent `python3` process, `exec` per program), and stdout plus the uncaught exception's
//!   type and message must match. Without python3 (or with another version) that part is skipped with a note.
//!
//! The generator draws every decision from a list of numbers (the proptest value); choice 0, and running out
//! of choices, always picks the simplest option. Shrinking that list therefore shrinks the program, and a
//! failure is reported as the smallest program proptest found.
//!
//! The generator stays away from known differences (docs/USAGE.md): generator expressions are eager in
//! nPython, so their bodies never raise; sets are never printed unsorted; recursion is shallow; no float is
//! raised to a fractional power (CPython's result for a negative base is complex, which nPython lacks);
//! methods are called only on values of their own type (nPython evaluates a method call's arguments before
//! it looks the method up). It also writes only valid Python: a walrus only directly in an `if`/`elif`
//! condition, since CPython rejects one in a comprehension's iterable.
//!
//! Environment: `NPY_RANDOM_CASES` (cases; default 4000 in release builds, 200 in debug builds),
//! `NPY_RANDOM_SEED` (the seed, default fixed), `NPY_RANDOM_PYTHON` (the CPython command, default `python3`;
//! empty to skip the comparison).

mod randomized_harness;

use std::cell::RefCell;
use std::time::Instant;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestError, TestRunner};
use randomized_harness::{check, env_parse, Python, Stats};

/// The fixed seed ("nPython3" in ASCII).
const SEED: u64 = 0x6e50_7974_686f_6e33;

fn cases() -> u32 {
    let default = if cfg!(debug_assertions) { 200 } else { 4000 };
    env_parse("NPY_RANDOM_CASES").unwrap_or(default)
}

// ---------------------------------------------------------------------------------------------------------
// The generator.

/// Reads decisions from the choice list; past its end every decision is 0.
struct Gen<'a> {
    choices: &'a [u32],
    pos: usize,
    lines: Vec<String>,
    /// Two-parameter int functions defined so far (callable from later code).
    funcs: Vec<String>,
    /// Whether `rec` (bounded recursion) and `mk` (a closure factory) are defined.
    has_rec: bool,
    has_mk: bool,
    /// Whether `va(*args, key=0, **kw)` is defined.
    has_va: bool,
    /// Int names readable here, and the ones a statement may assign.
    int_reads: Vec<String>,
    int_writes: Vec<String>,
    /// One-character strings readable here (loop variables over strings).
    str_reads: Vec<String>,
    in_func: bool,
    loop_depth: usize,
    /// Counter for fresh names (comprehension and lambda variables).
    fresh: usize,
    /// Inside an f-string field: CPython 3.11 allows no backslash and no nested f-string with the same quotes.
    in_fstr: usize,
    /// Whether the next condition may be a walrus (see `cond`).
    walrus_ok: bool,
}

const INT_GLOBALS: [&str; 3] = ["a", "b", "c"];
const MODULI: [&str; 5] = ["1000003", "97", "2**61 - 1", "10**12", "-7"];
const INTERESTING_INTS: [&str; 10] = [
    "-1",
    "255",
    "2**31",
    "2**63 - 1",
    "-2**63",
    "10**20",
    "-(10**18)",
    "0x7f",
    "1_000",
    "0b1011",
];
const FLOATS: [&str; 11] = [
    "0.0", "0.5", "-1.25", "3.0", "1e10", "1e-07", "0.1", "2.5", "-0.0", "1e300", "123.456",
];
const STRINGS: [&str; 10] = [
    "''",
    "'a'",
    "'abc'",
    "'Hello World'",
    "'  pad  '",
    "'x,y,,z'",
    "'é☃ü'",
    "'AbC123'",
    "'tab\\there'",
    "'10'",
];
const EXC_TYPES: [&str; 7] = [
    "ZeroDivisionError",
    "KeyError",
    "IndexError",
    "ValueError",
    "TypeError",
    "OverflowError",
    "ArithmeticError",
];

impl<'a> Gen<'a> {
    fn new(choices: &'a [u32]) -> Gen<'a> {
        Gen {
            choices,
            pos: 0,
            lines: Vec::new(),
            funcs: Vec::new(),
            has_rec: false,
            has_mk: false,
            has_va: false,
            int_reads: INT_GLOBALS.iter().map(|s| s.to_string()).collect(),
            int_writes: INT_GLOBALS.iter().map(|s| s.to_string()).collect(),
            str_reads: Vec::new(),
            in_func: false,
            loop_depth: 0,
            fresh: 0,
            in_fstr: 0,
            walrus_ok: false,
        }
    }

    /// A decision in `0..n`.
    fn pick(&mut self, n: usize) -> usize {
        let c = self.choices.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        c as usize % n.max(1)
    }

    fn flag(&mut self) -> bool {
        self.pick(2) == 1
    }

    fn one<'s>(&mut self, options: &[&'s str]) -> &'s str {
        options[self.pick(options.len())]
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.fresh += 1;
        format!("{prefix}{}", self.fresh)
    }

    fn line(&mut self, indent: usize, text: impl AsRef<str>) {
        self.lines
            .push(format!("{}{}", "    ".repeat(indent), text.as_ref()));
    }

    // --- expressions ---------------------------------------------------------------------------------

    /// `(e) % 8`: a small non-negative int, for counts and ranges.
    fn small(&mut self, d: usize) -> String {
        format!("(({}) % 8)", self.int(d))
    }

    fn int_write(&mut self) -> String {
        let i = self.pick(self.int_writes.len());
        self.int_writes[i].clone()
    }

    fn int_var(&mut self) -> String {
        let i = self.pick(self.int_reads.len());
        self.int_reads[i].clone()
    }

    fn int(&mut self, d: usize) -> String {
        let n = if d == 0 { 3 } else { 30 };
        match self.pick(n) {
            0 => self.pick(10).to_string(),
            1 => self.int_var(),
            2 => format!("({})", self.one(&INTERESTING_INTS)),
            3 => {
                let op = self.one(&["+", "-", "*"]);
                format!("({} {op} {})", self.int(d - 1), self.int(d - 1))
            }
            4 => {
                let op = self.one(&["//", "%"]);
                format!("({} {op} {})", self.int(d - 1), self.int(d - 1))
            }
            5 => match self.pick(3) {
                0 => format!("len({})", self.str(d - 1)),
                1 => format!("len({})", self.list(d - 1)),
                _ => format!("len({})", self.dict(d - 1)),
            },
            6 if !self.funcs.is_empty() => {
                let f = {
                    let i = self.pick(self.funcs.len());
                    self.funcs[i].clone()
                };
                match self.pick(3) {
                    0 => format!("{f}({})", self.int(d - 1)),
                    1 => format!("{f}({}, {})", self.int(d - 1), self.int(d - 1)),
                    _ => format!("{f}({}, n1={})", self.int(d - 1), self.int(d - 1)),
                }
            }
            7 => match self.pick(4) {
                0 => format!("abs({})", self.int(d - 1)),
                1 => format!("min({}, {})", self.int(d - 1), self.int(d - 1)),
                2 => format!(
                    "max({}, {}, {})",
                    self.int(d - 1),
                    self.int(d - 1),
                    self.int(d - 1)
                ),
                _ => format!("max({}, default=-5)", self.list(d - 1)),
            },
            8 => format!("int({})", self.float(d - 1)),
            9 => format!("{}[{}]", self.list(d - 1), self.int(d - 1)),
            10 => format!("m.get({}, {})", self.str(d - 1), self.int(d - 1)),
            11 => format!("sum({})", self.list(d - 1)),
            12 => format!(
                "({} if {} else {})",
                self.int(d - 1),
                self.cond(d - 1),
                self.int(d - 1)
            ),
            13 => match self.pick(5) {
                0 => format!("({} & {})", self.int(d - 1), self.int(d - 1)),
                1 => format!("({} | {})", self.int(d - 1), self.int(d - 1)),
                2 => format!("({} ^ {})", self.int(d - 1), self.int(d - 1)),
                3 => format!("({} << {})", self.int(d - 1), self.pick(70)),
                _ => format!("({} >> {})", self.int(d - 1), self.pick(70)),
            },
            14 => format!("({} ** {})", self.int(d - 1), self.pick(5)),
            15 => {
                let op = self.one(&["-", "~", "+"]);
                format!("({op}{})", self.int(d - 1))
            }
            16 => {
                let m = self.one(&["find", "count", "index", "rfind"]);
                format!("{}.{m}({})", self.str(d - 1), self.str(d - 1))
            }
            17 => format!("({} + {})", self.cond(d - 1), self.int(d - 1)),
            18 => format!("round({})", self.float(d - 1)),
            19 => match self.pick(3) {
                0 => format!("{}.index({})", self.list(d - 1), self.int(d - 1)),
                1 => format!("m[{}]", self.str(d - 1)),
                _ => format!("{}.count({})", self.list(d - 1), self.int(d - 1)),
            },
            20 => format!(
                "divmod({}, {})[{}]",
                self.int(d - 1),
                self.int(d - 1),
                self.pick(2)
            ),
            21 => format!("int(str({}))", self.int(d - 1)),
            22 if self.has_rec => format!("rec({} % 20)", self.int(d - 1)),
            23 if self.has_mk => format!("mk({})({})", self.int(d - 1), self.int(d - 1)),
            24 => format!(
                "pow({}, {}, {})",
                self.int(d - 1),
                self.pick(40),
                self.one(&MODULI)
            ),
            25 => format!("({}).bit_length()", self.int(d - 1)),
            26 => {
                let (text, base) = *[
                    ("'ff'", "16"),
                    ("'-101'", "2"),
                    ("'0x1f'", "0"),
                    ("' 42 '", "10"),
                    ("'z'", "36"),
                    ("'1_000'", "0"),
                ]
                .get(self.pick(6))
                .unwrap_or(&("'7'", "10"));
                format!("int({text}, {base})")
            }
            27 if self.has_va => {
                let n = self.pick(4);
                let mut args: Vec<String> = (0..n).map(|_| self.int(d - 1)).collect();
                if self.flag() {
                    args.push("key=1".to_string());
                }
                format!("va({})", args.join(", "))
            }
            28 => {
                let f = self.one(&["min", "max"]);
                let v = self.fresh("lk");
                format!(
                    "{f}({}, key=lambda {v}: ({v} % 5, {v}), default=0)",
                    self.list(d - 1)
                )
            }
            29 => {
                // Late binding: every lambda sees the comprehension variable's last value.
                let v = self.fresh("v");
                format!(
                    "sum(f() for f in [lambda: {v} for {v} in range({})])",
                    self.small(d - 1)
                )
            }
            _ => self.int_var(),
        }
    }

    fn float(&mut self, d: usize) -> String {
        let n = if d == 0 { 2 } else { 14 };
        match self.pick(n) {
            0 => self.one(&FLOATS).to_string(),
            1 => self.one(&["x", "y"]).to_string(),
            2 => {
                let op = self.one(&["+", "-", "*"]);
                format!("({} {op} {})", self.float(d - 1), self.float(d - 1))
            }
            3 => {
                if self.flag() {
                    format!("({} / {})", self.int(d - 1), self.int(d - 1))
                } else {
                    format!("({} / {})", self.float(d - 1), self.float(d - 1))
                }
            }
            4 => format!("float({})", self.int(d - 1)),
            5 => match self.pick(3) {
                0 => format!("abs({})", self.float(d - 1)),
                1 => format!("min({}, {})", self.float(d - 1), self.int(d - 1)),
                _ => format!("max({}, {})", self.float(d - 1), self.float(d - 1)),
            },
            6 => format!(
                "({} ** {})",
                self.float(d - 1),
                // No fractional exponents: a negative base gives a complex number in CPython, and nPython
                // has no complex type (docs/USAGE.md); it raises ValueError instead.
                self.one(&["0", "1", "2", "3", "-1"])
            ),
            7 => format!("round({}, {})", self.float(d - 1), self.pick(4)),
            8 => format!(
                "({} if {} else {})",
                self.float(d - 1),
                self.cond(d - 1),
                self.float(d - 1)
            ),
            9 => format!(
                "float({})",
                self.one(&["'1.5'", "'-2e3'", "'inf'", "'-inf'", "' 7 '", "'0.1'"])
            ),
            10 => format!("sum([{}, {}, 0.1])", self.float(d - 1), self.float(d - 1)),
            11 => {
                let op = self.one(&["%", "//"]);
                format!("({} {op} {})", self.float(d - 1), self.float(d - 1))
            }
            12 => format!("({} * 0.5)", self.int(d - 1)),
            _ => format!("({} - {})", self.int(d - 1), self.float(d - 1)),
        }
    }

    fn str_lit(&mut self) -> String {
        let s = self.one(&STRINGS);
        if self.in_fstr > 0 && s.contains('\\') {
            "'no backslash'".to_string()
        } else {
            s.to_string()
        }
    }

    /// An f-string field: the expression in parentheses (so a dict display or a `!=` cannot be misread).
    fn field(&mut self, e: impl FnOnce(&mut Self) -> String) -> String {
        self.in_fstr += 1;
        let text = e(self);
        self.in_fstr -= 1;
        format!("({text})")
    }

    fn str(&mut self, d: usize) -> String {
        let n = if d == 0 { 2 } else { 23 };
        match self.pick(n) {
            0 => self.str_lit(),
            1 => {
                if !self.str_reads.is_empty() && self.flag() {
                    let i = self.pick(self.str_reads.len());
                    self.str_reads[i].clone()
                } else {
                    self.one(&["s", "t"]).to_string()
                }
            }
            2 => format!("({} + {})", self.str(d - 1), self.str(d - 1)),
            3 => format!("str({})", self.int(d - 1)),
            4 => {
                let f = self.one(&["str", "repr"]);
                format!("{f}({})", self.float(d - 1))
            }
            5 => {
                let m = self.one(&[
                    "upper",
                    "lower",
                    "strip",
                    "title",
                    "swapcase",
                    "capitalize",
                    "lstrip",
                    "casefold",
                ]);
                format!("{}.{m}()", self.str(d - 1))
            }
            6 => {
                let (old, new) = (self.str_lit(), self.str_lit());
                format!("{}.replace({old}, {new})", self.str(d - 1))
            }
            7 => {
                let lo = self.one(&["", "1", "-2", "0", "3"]);
                let hi = self.one(&["", "4", "-1", "10"]);
                if self.flag() {
                    let step = self.one(&["-1", "2", "-2", "3"]);
                    format!("{}[{lo}:{hi}:{step}]", self.str(d - 1))
                } else {
                    format!("{}[{lo}:{hi}]", self.str(d - 1))
                }
            }
            8 => format!("({} * {})", self.str(d - 1), self.pick(4)),
            9 if self.in_fstr == 0 => {
                let spec = self.one(&[
                    "", ":>6", ":<4", ":^7", ":*^9", ":08.3f", ":.2e", ":,", ":x", ":+d", ":.1%",
                    ":g",
                ]);
                match spec {
                    ":08.3f" | ":.2e" | ":.1%" | ":g" => {
                        let e = self.field(|g| g.float(d - 1));
                        format!("f\"<{{{e}{spec}}}>\"")
                    }
                    ":," | ":x" | ":+d" => {
                        let e = self.field(|g| g.int(d - 1));
                        format!("f\"[{{{e}{spec}}}]\"")
                    }
                    _ => {
                        let conv = self.one(&["", "!r", "!s"]);
                        let e = self.field(|g| g.str(d - 1));
                        format!("f\"({{{e}{conv}{spec}}})\"")
                    }
                }
            }
            10 => {
                let sep = self.one(&["', '", "'-'", "''"]);
                let v = self.fresh("z");
                if self.flag() {
                    format!("{sep}.join(str({v}) for {v} in {})", self.list(d - 1))
                } else {
                    format!("{sep}.join({}.split())", self.str(d - 1))
                }
            }
            11 => format!(
                "({} if {} else {})",
                self.str(d - 1),
                self.cond(d - 1),
                self.str(d - 1)
            ),
            12 => match self.pick(3) {
                0 => format!("repr({})", self.list(d - 1)),
                1 => format!("str({})", self.dict(d - 1)),
                _ => format!("repr({})", self.str(d - 1)),
            },
            13 => format!("{}[{}]", self.str(d - 1), self.int(d - 1)),
            14 => format!("chr(65 + {} % 26)", self.int(d - 1)),
            15 => {
                let spec = self.one(&["'5d'", "'x'", "'b'", "','", "'>8'", "'08.3f'", "'o'"]);
                format!("format({}, {spec})", self.int(d - 1))
            }
            16 => {
                let m = self.one(&["zfill", "ljust", "rjust", "center"]);
                format!("{}.{m}({})", self.str(d - 1), self.pick(12))
            }
            17 => {
                let f = self.one(&["hex", "bin", "oct"]);
                format!("{f}({})", self.int(d - 1))
            }
            18 => format!(
                "('%s-%d|%5.2f' % ({}, {}, {}))",
                self.str(d - 1),
                self.int(d - 1),
                self.float(d - 1)
            ),
            19 => format!(
                "{}.partition({})[{}]",
                self.str(d - 1),
                self.one(&["','", "'a'", "' '"]),
                self.pick(3)
            ),
            21 => format!(
                "'{{}}|{{:>5}}|{{!r}}|{{:.2f}}'.format({}, {}, {}, 1.5)",
                self.str(d - 1),
                self.int(d - 1),
                self.float(d - 1)
            ),
            22 => {
                let v = self.fresh("lk");
                format!(
                    "''.join(sorted({}, key=lambda {v}: ({v}.lower(), {v})))",
                    self.str(d - 1)
                )
            }
            _ => format!("str({})", self.list(d - 1)),
        }
    }

    fn list(&mut self, d: usize) -> String {
        let n = if d == 0 { 2 } else { 18 };
        match self.pick(n) {
            0 => self.one(&["p", "q"]).to_string(),
            1 => {
                let k = self.pick(4);
                let items: Vec<String> = (0..k).map(|_| self.int(d.saturating_sub(1))).collect();
                format!("[{}]", items.join(", "))
            }
            2 => {
                let v = self.fresh("v");
                let src = self.list(d - 1);
                self.int_reads.push(v.clone());
                let body = self.int(d - 1);
                let filter = if self.flag() {
                    format!(" if {}", self.cond(d - 1))
                } else {
                    String::new()
                };
                self.int_reads.pop();
                format!("[{body} for {v} in {src}{filter}]")
            }
            3 => match self.pick(4) {
                0 => format!("sorted({})", self.list(d - 1)),
                1 => format!("sorted({}, reverse=True)", self.list(d - 1)),
                2 => {
                    let v = self.fresh("lk");
                    format!(
                        "sorted({}, key=lambda {v}: ({v} % 3, -{v}))",
                        self.list(d - 1)
                    )
                }
                _ => {
                    let v = self.fresh("lk");
                    format!("sorted({}, key=lambda {v}: str({v}))", self.list(d - 1))
                }
            },
            4 => format!("({} + {})", self.list(d - 1), self.list(d - 1)),
            5 => {
                let s = self.one(&["[1:]", "[:3]", "[::-1]", "[-2:]", "[::2]", "[1:-1]"]);
                format!("{}{s}", self.list(d - 1))
            }
            6 => match self.pick(3) {
                0 => format!("list(range({}))", self.small(d - 1)),
                1 => format!(
                    "list(range({}, {}, {}))",
                    self.small(d - 1),
                    self.small(d - 1),
                    self.one(&["1", "2", "-1", "3", "-2"])
                ),
                _ => format!("list(range(-3, {}))", self.small(d - 1)),
            },
            7 => format!("({} * {})", self.list(d - 1), self.pick(3)),
            8 => "list(m.values())".to_string(),
            9 => {
                let w = self.fresh("w");
                format!("[len({w}) for {w} in {}.split()]", self.str(d - 1))
            }
            10 => {
                let v = self.fresh("lk");
                if self.flag() {
                    format!("list(map(lambda {v}: {v} * 2 - 1, {}))", self.list(d - 1))
                } else {
                    format!("list(filter(lambda {v}: {v} % 2, {}))", self.list(d - 1))
                }
            }
            11 => {
                let (u, v) = (self.fresh("u"), self.fresh("v"));
                format!(
                    "[{u} * {v} for {u}, {v} in zip({}, {})]",
                    self.list(d - 1),
                    self.list(d - 1)
                )
            }
            12 => {
                let (i, v) = (self.fresh("i"), self.fresh("v"));
                format!(
                    "[{i} + {v} for {i}, {v} in enumerate({})]",
                    self.list(d - 1)
                )
            }
            13 => {
                let ch = self.fresh("ch");
                format!("[ord({ch}) for {ch} in {}][:5]", self.str(d - 1))
            }
            14 => {
                let (k, v) = (self.fresh("dk"), self.fresh("v"));
                format!("[{v} for {k}, {v} in sorted({}.items())]", self.dict(d - 1))
            }
            16 => {
                // Sets only ever reach the output sorted: their order is not CPython's (docs/USAGE.md).
                let op = self.one(&["|", "&", "-", "^"]);
                if self.flag() {
                    format!(
                        "sorted(set({}) {op} set({}))",
                        self.list(d - 1),
                        self.list(d - 1)
                    )
                } else {
                    format!("sorted({{{}, {}, 3}})", self.int(d - 1), self.int(d - 1))
                }
            }
            17 => format!("list(reversed(range({})))", self.small(d - 1)),
            _ => format!("list(reversed({}))", self.list(d - 1)),
        }
    }

    fn dict(&mut self, d: usize) -> String {
        let n = if d == 0 { 2 } else { 7 };
        match self.pick(n) {
            0 => "m".to_string(),
            1 => {
                let k = self.pick(4);
                let keys = ["'a'", "'b'", "'k'", "'zz'"];
                let items: Vec<String> = (0..k)
                    .map(|i| format!("{}: {}", keys[i], self.int(d.saturating_sub(1))))
                    .collect();
                format!("{{{}}}", items.join(", "))
            }
            2 => {
                let v = self.fresh("v");
                format!("{{str({v}): {v} for {v} in {}}}", self.list(d - 1))
            }
            3 => format!("dict(zip(['a', 'b', 'c'], {}))", self.list(d - 1)),
            4 => {
                let (k, v) = (self.fresh("dk"), self.fresh("v"));
                let src = self.dict(d - 1);
                self.int_reads.push(v.clone());
                let c = self.cond(d - 1);
                self.int_reads.pop();
                format!("{{{k}: {v} for {k}, {v} in {src}.items() if {c}}}")
            }
            5 => format!("{{**{}, 'z': {}}}", self.dict(d - 1), self.int(d - 1)),
            _ => format!("dict({})", self.dict(d - 1)),
        }
    }

    fn cond(&mut self, d: usize) -> String {
        // A walrus only where CPython allows it: never in a comprehension's iterable, so only directly in an
        // `if`/`elif` condition (through `not`/`and`/`or`), never inside a sub-expression.
        let walrus_ok = std::mem::replace(&mut self.walrus_ok, false);
        let n = if d == 0 { 2 } else { 15 };
        let cmp = ["<", "<=", "==", "!=", ">", ">="];
        match self.pick(n) {
            0 => self.one(&["True", "False"]).to_string(),
            1 => {
                let op = self.one(&cmp);
                let v = self.int_var();
                format!("({v} {op} {})", self.pick(10))
            }
            2 => {
                let op = self.one(&cmp);
                format!("({} {op} {})", self.int(d - 1), self.int(d - 1))
            }
            3 => {
                let op = self.one(&cmp);
                format!("({} {op} {})", self.float(d - 1), self.int(d - 1))
            }
            4 => {
                let op = self.one(&cmp);
                format!("({} {op} {})", self.str(d - 1), self.str(d - 1))
            }
            5 => {
                let op = self.one(&cmp);
                format!("({} {op} {})", self.list(d - 1), self.list(d - 1))
            }
            6 => match self.pick(3) {
                0 => format!("({} in {})", self.int(d - 1), self.list(d - 1)),
                1 => format!("({} in {})", self.str(d - 1), self.str(d - 1)),
                _ => format!("({} not in m)", self.str(d - 1)),
            },
            7 => {
                let op = self.pick(3);
                self.walrus_ok = walrus_ok;
                let c1 = self.cond(d - 1);
                if op == 0 {
                    format!("(not {c1})")
                } else {
                    self.walrus_ok = walrus_ok;
                    let c2 = self.cond(d - 1);
                    format!("({c1} {} {c2})", if op == 1 { "and" } else { "or" })
                }
            }
            8 => {
                let ty = self.one(&["int", "float", "str", "(int, float)", "bool"]);
                let e = self.any(d - 1);
                format!("isinstance({e}, {ty})")
            }
            9 => {
                // Generator-expression bodies never raise: nPython evaluates them eagerly (docs/USAGE.md).
                let v = self.fresh("v");
                let f = self.one(&["any", "all"]);
                let op = self.one(&cmp);
                format!(
                    "{f}({v} {op} {} for {v} in {})",
                    self.pick(6),
                    self.list(d - 1)
                )
            }
            10 => format!("bool({})", self.any(d - 1)),
            13 => {
                let (o1, o2) = (self.one(&cmp), self.one(&cmp));
                format!(
                    "({} {o1} {} {o2} {})",
                    self.int(d - 1),
                    self.int(d - 1),
                    self.int(d - 1)
                )
            }
            14 if walrus_ok => {
                let v = self.int_write();
                format!(
                    "(({v} := {}) {} {})",
                    self.int(d - 1),
                    self.one(&cmp),
                    self.pick(5)
                )
            }
            11 => {
                let m = self.one(&["startswith", "endswith"]);
                format!("{}.{m}({})", self.str(d - 1), self.str(d - 1))
            }
            _ => {
                let m = self.one(&["isdigit", "isalpha", "isupper", "isspace", "isalnum"]);
                format!("{}.{m}()", self.str(d - 1))
            }
        }
    }

    fn any(&mut self, d: usize) -> String {
        match self.pick(8) {
            0 => self.int(d),
            1 => self.float(d),
            2 => self.str(d),
            3 => self.list(d),
            4 => self.dict(d),
            5 => self.cond(d),
            6 => format!("({}, {})", self.int(d), self.str(d)),
            _ => "None".to_string(),
        }
    }

    fn expr_depth(&mut self) -> usize {
        1 + self.pick(3)
    }

    // --- statements ----------------------------------------------------------------------------------

    /// A block of one to `max` statements at `indent`.
    fn block(&mut self, indent: usize, max: usize) {
        self.stmt(indent);
        let mut n = 1;
        while n < max && self.flag() {
            self.stmt(indent);
            n += 1;
        }
    }

    fn stmt(&mut self, indent: usize) {
        let compound = indent < 4;
        let d = self.expr_depth();
        let top = !self.in_func;
        match self.pick(23) {
            0 => {
                let e = self.any(d);
                if self.flag() {
                    let e2 = self.any(d);
                    let sep = self.one(&["' '", "', '", "''"]);
                    self.line(indent, format!("print({e}, {e2}, sep={sep})"));
                } else {
                    self.line(indent, format!("print({e})"));
                }
            }
            1 => {
                let v = self.int_write();
                let e = self.int(d);
                let m = self.one(&MODULI);
                self.line(indent, format!("{v} = ({e}) % ({m})"));
            }
            2 if top => {
                let v = self.one(&["x", "y"]);
                let e = self.float(d);
                self.line(indent, format!("{v} = {e}"));
            }
            3 if top => {
                let v = self.one(&["s", "t"]);
                let e = self.str(d);
                self.line(indent, format!("{v} = ({e})[:40]"));
            }
            4 if top => {
                let v = self.one(&["p", "q"]);
                let e = self.list(d);
                self.line(indent, format!("{v} = ({e})[:12]"));
            }
            5 => {
                let l = self.one(&["p", "q"]);
                let text = match self.pick(8) {
                    0 => format!("{l}.append({})", self.int(d)),
                    1 => format!("{l}.pop()"),
                    2 => format!("{l}.insert({}, {})", self.int(d), self.int(d)),
                    3 => format!("{l}.extend({}[:4])", self.list(d)),
                    4 => format!("{l}.remove({})", self.int(d)),
                    5 => format!("{l}.sort()"),
                    6 => format!("del {l}[{}]", self.int(d)),
                    _ => format!("{l}[{}] = {}", self.int(d), self.int(d)),
                };
                self.line(indent, text);
                // Keep lists short whatever the loops around do.
                self.line(indent, format!("del {l}[12:]"));
            }
            6 => {
                let text = match self.pick(6) {
                    0 => format!("m[{}] = {}", self.str(d), self.int(d)),
                    1 => format!("del m[{}]", self.str(d)),
                    2 => format!("m.pop({}, None)", self.str(d)),
                    3 => format!("m.setdefault({}, {})", self.str(d), self.int(d)),
                    4 => format!("m.update({})", self.dict(d)),
                    _ => format!("m[{}] = m.get({}, 0) + 1", self.str(1), self.str(1)),
                };
                self.line(indent, text);
                self.line(indent, "if len(m) > 12: m.clear()");
            }
            7 => {
                let text = match self.pick(5) {
                    0 => {
                        let v = self.int_write();
                        let op = self.one(&["+=", "-=", "^=", "|="]);
                        // Reduced again at once: `a += a ** 2` in a loop would otherwise square `a` each time.
                        format!("{v} {op} {}; {v} %= 10**15", self.int(d))
                    }
                    1 => {
                        let v = self.int_write();
                        let op = self.one(&["*=", "//=", "%="]);
                        format!("{v} {op} {}", self.pick(7))
                    }
                    2 if top => {
                        let op = self.one(&["+=", "-=", "*=", "/="]);
                        format!("x {op} {}", self.float(d))
                    }
                    3 if top => format!("s += {}[:5]", self.str(d)),
                    _ if top => format!("q += [{}]", self.int(d)),
                    _ => "pass".to_string(),
                };
                self.line(indent, text);
            }
            8 if compound => {
                self.walrus_ok = true;
                let c = self.cond(d);
                self.line(indent, format!("if {c}:"));
                self.block(indent + 1, 3);
                if self.flag() {
                    self.walrus_ok = true;
                    let c = self.cond(d);
                    self.line(indent, format!("elif {c}:"));
                    self.block(indent + 1, 2);
                }
                if self.flag() {
                    self.line(indent, "else:");
                    self.block(indent + 1, 2);
                }
            }
            9 if compound => self.for_loop(indent, d),
            10 if compound => {
                let w = format!("w{}", self.loop_depth);
                let bound = 1 + self.pick(5);
                self.line(indent, format!("{w} = 0"));
                let extra = if self.flag() {
                    format!(" and {}", self.cond(1))
                } else {
                    String::new()
                };
                self.line(indent, format!("while {w} < {bound}{extra}:"));
                self.line(indent + 1, format!("{w} += 1"));
                self.loop_body(indent + 1);
                if self.flag() {
                    self.line(indent, "else:");
                    self.line(indent + 1, format!("print('while else', {w})"));
                }
            }
            11 if compound => self.try_stmt(indent),
            12 if self.loop_depth > 0 => {
                let c = self.cond(d);
                let kw = self.one(&["break", "continue"]);
                self.line(indent, format!("if {c}: {kw}"));
            }
            13 => {
                let v1 = self.int_write();
                let v2 = self.int_write();
                if v1 != v2 {
                    self.line(indent, format!("{v1}, {v2} = {v2}, {v1}"));
                } else {
                    self.line(indent, "pass");
                }
            }
            14 => {
                let c = self.cond(d);
                let msg = self.str(1);
                let ty = self.one(&["ValueError", "KeyError", "RuntimeError", "TypeError"]);
                self.line(indent, format!("if {c}: raise {ty}({msg})"));
            }
            15 => {
                let c = self.cond(d);
                self.line(indent, format!("assert {c}, 'assertion ' + str(a)"));
            }
            19 => {
                let (v1, v2) = (self.int_write(), self.int_write());
                if v1 == v2 {
                    let e = self.int(d);
                    self.line(indent, format!("{v1} = {v1} = ({e}) % 1000"));
                } else if top && self.flag() {
                    let e = self.list(d);
                    self.line(indent, format!("{v1}, *q = ({e}) + [1, 2]"));
                    self.line(indent, "del q[12:]");
                } else {
                    let e = self.list(d);
                    self.line(
                        indent,
                        format!("{v1}, {v2} = ({e})[:2] + [7, 8][:2 - len(({e})[:2])]"),
                    );
                }
            }
            20 if compound => {
                // Re-raising: bare `raise`, and `raise ... from ...` with the cause printed by whoever catches it.
                self.line(indent, "try:");
                self.line(indent + 1, "try:");
                self.block(indent + 2, 2);
                let e = self.int(1);
                self.line(indent + 2, format!("{} // 0", e));
                self.line(indent + 1, "except ZeroDivisionError as inner:");
                if self.flag() {
                    self.line(indent + 2, "raise");
                } else {
                    let msg = self.str(1);
                    self.line(indent + 2, format!("raise ValueError({msg}) from inner"));
                }
                self.line(indent, "except (ZeroDivisionError, ValueError) as outer:");
                self.line(
                    indent + 1,
                    "print(type(outer).__name__, repr(outer.__cause__), type(outer.__context__).__name__)",
                );
            }
            21 => {
                let e = self.any(d);
                let end = self.one(&["''", "' | '", "'\\n'"]);
                self.line(indent, format!("print({e}, end={end})"));
            }
            16 if self.in_func => {
                let c = self.cond(d);
                let e = self.int(d);
                self.line(indent, format!("if {c}: return {e}"));
            }
            17 => {
                let e = self.any(d);
                let e2 = self.int(d);
                let f = self.one(&["str", "repr", "len", "type", "bool", "abs"]);
                let text = match f {
                    "len" => format!("print(len(str({e})))"),
                    "type" => format!("print(type({e}).__name__)"),
                    "abs" => format!("print(abs({e2}))"),
                    _ => format!("print({f}({e}))"),
                };
                self.line(indent, text);
            }
            18 => {
                let e = self.field(|g| g.str(d));
                let i = self.field(|g| g.int(d));
                let f = self.field(|g| g.float(d));
                self.line(
                    indent,
                    format!("print(f\"{{{e}!r:>12}} {{{i}:>6}} {{{f}:.4g}}\")"),
                );
            }
            _ => {
                let e = self.int(d);
                self.line(indent, format!("print({e})"));
            }
        }
    }

    fn loop_body(&mut self, indent: usize) {
        let saved = self.loop_depth;
        self.loop_depth += 1;
        self.block(indent, 3);
        self.loop_depth = saved;
    }

    fn for_loop(&mut self, indent: usize, d: usize) {
        let k = format!("k{}", self.loop_depth);
        match self.pick(5) {
            0 => {
                let n = self.small(1);
                self.line(indent, format!("for {k} in range({n}):"));
                self.int_reads.push(k);
                self.loop_body(indent + 1);
                self.int_reads.pop();
            }
            1 => {
                let l = self.list(d);
                self.line(indent, format!("for {k} in ({l})[:5]:"));
                self.int_reads.push(k);
                self.loop_body(indent + 1);
                self.int_reads.pop();
            }
            2 => {
                let s = self.str(d);
                self.line(indent, format!("for {k} in ({s})[:5]:"));
                self.str_reads.push(k);
                self.loop_body(indent + 1);
                self.str_reads.pop();
            }
            3 => {
                // Over the dict itself: a body that adds or removes keys gets CPython's RuntimeError.
                let v = format!("{k}v");
                let src = if self.flag() {
                    "m.items()"
                } else {
                    "sorted(m.items())"
                };
                self.line(indent, format!("for {k}, {v} in {src}:"));
                self.str_reads.push(k);
                self.int_reads.push(v);
                self.loop_body(indent + 1);
                self.int_reads.pop();
                self.str_reads.pop();
            }
            _ => {
                let i = format!("{k}i");
                let l = self.list(d);
                self.line(indent, format!("for {i}, {k} in enumerate({l}[:4]):"));
                self.int_reads.push(k);
                self.int_reads.push(i);
                self.loop_body(indent + 1);
                self.int_reads.pop();
                self.int_reads.pop();
            }
        }
        if self.flag() {
            self.line(indent, "else:");
            self.line(indent + 1, "print('for else')");
        }
    }

    fn try_stmt(&mut self, indent: usize) {
        self.line(indent, "try:");
        self.block(indent + 1, 3);
        let clauses = self.pick(3);
        let has_finally = clauses == 0 || self.flag();
        for i in 0..clauses {
            let ty = if self.flag() {
                format!("({}, {})", self.one(&EXC_TYPES), self.one(&EXC_TYPES))
            } else {
                self.one(&EXC_TYPES).to_string()
            };
            let last_bare = i + 1 == clauses && self.flag();
            if last_bare {
                self.line(indent, "except Exception as e:");
            } else {
                self.line(indent, format!("except {ty} as e:"));
            }
            match self.pick(4) {
                0 => self.line(indent + 1, "print(type(e).__name__)"),
                1 => self.line(indent + 1, "print(type(e).__name__, e)"),
                2 => self.line(indent + 1, "print(repr(e), e.args)"),
                _ => {
                    self.line(indent + 1, "print('caught')");
                    self.block(indent + 1, 2);
                }
            }
        }
        if clauses > 0 && self.flag() {
            self.line(indent, "else:");
            self.block(indent + 1, 2);
        }
        if has_finally {
            self.line(indent, "finally:");
            self.line(indent + 1, "print('finally')");
            if self.flag() {
                self.block(indent + 1, 2);
            }
        }
    }

    fn function(&mut self, name: &str) {
        let saved_writes = self.int_writes.clone();
        let saved_reads = self.int_reads.clone();
        self.in_func = true;
        self.line(0, format!("def {name}(n0, n1=3):"));
        let mut writes = vec!["n0".to_string(), "n1".to_string(), "u0".to_string()];
        if self.flag() {
            self.line(1, "global a, b");
            writes.push("a".into());
            writes.push("b".into());
        }
        self.int_writes = writes;
        self.int_reads.extend(["n0", "n1"].map(String::from));
        let e = self.int(1);
        self.line(1, format!("u0 = {e}"));
        self.int_reads.push("u0".to_string());
        self.block(1, 4);
        let e = self.int(2);
        self.line(1, format!("return ({e}) % 1000003"));
        self.in_func = false;
        self.int_writes = saved_writes;
        self.int_reads = saved_reads;
    }

    fn program(mut self) -> String {
        let init_int = |g: &mut Gen| format!("({})", g.one(&INTERESTING_INTS));
        for v in INT_GLOBALS {
            let e = if self.flag() {
                init_int(&mut self)
            } else {
                self.pick(20).to_string()
            };
            self.line(0, format!("{v} = {e}"));
        }
        for v in ["x", "y"] {
            let e = self.one(&FLOATS);
            self.line(0, format!("{v} = {e}"));
        }
        for v in ["s", "t"] {
            let e = self.one(&STRINGS);
            self.line(0, format!("{v} = {e}"));
        }
        self.line(0, "p = [3, 1, 4, 1, 5]");
        self.line(0, "q = [-2, 0, 7]");
        self.line(0, "m = {'a': 1, 'b': 2}");
        if self.flag() {
            self.line(0, "def rec(n):");
            self.line(1, "if n <= 0:");
            self.line(2, "return 1");
            self.line(1, "return (n * 3 + rec(n - 1)) % 1000003");
            self.has_rec = true;
        }
        if self.flag() {
            self.line(0, "def mk(base):");
            self.line(1, "def inner(v):");
            self.line(2, "nonlocal base");
            self.line(2, "base = (base + v) % 1000");
            self.line(2, "return base * 2");
            self.line(1, "return inner");
            self.has_mk = true;
        }
        if self.flag() {
            self.line(0, "def va(*args, key=0, **kw):");
            self.line(1, "return len(args) * 100 + sum(args) + key * 10 + len(kw)");
            self.has_va = true;
        }
        let nfuncs = self.pick(4);
        for i in 0..nfuncs {
            let name = format!("f{i}");
            self.function(&name);
            self.funcs.push(name);
        }
        // Top-level statements, most of them guarded so one exception does not end the program early.
        let mut n = 0;
        loop {
            if self.pick(4) == 0 {
                self.stmt(0);
            } else {
                self.line(0, "try:");
                self.stmt(1);
                self.line(0, "except Exception as e:");
                self.line(1, "print('E', type(e).__name__, e)");
            }
            n += 1;
            if n >= 14 || !self.flag() {
                break;
            }
        }
        self.line(0, "print('end', a, b, c, x, y, s, t, p, q, m)");
        let mut text = self.lines.join("\n");
        text.push('\n');
        text
    }
}

fn generate(choices: &[u32]) -> String {
    Gen::new(choices).program()
}

#[test]
fn random_programs_are_resumable_and_match_cpython() {
    let start = Instant::now();
    let cases = cases();
    let seed = env_parse("NPY_RANDOM_SEED").unwrap_or(SEED);
    let python = RefCell::new(match Python::start() {
        Ok(p) => Some(p),
        Err(why) => {
            eprintln!("randomized: CPython comparison skipped: {why}");
            None
        }
    });
    let stats = RefCell::new(Stats::default());
    let config = Config {
        cases,
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        max_shrink_iters: 4000,
        max_shrink_time: 60_000,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let strategy = (vec(any::<u32>(), 0..1200), 2u64..200);
    let result = runner.run(&strategy, |(choices, quantum)| {
        let source = generate(&choices);
        check(
            &source,
            quantum,
            &mut python.borrow_mut(),
            &mut stats.borrow_mut(),
        )
        .map_err(TestCaseError::fail)
    });
    if let Some(p) = python.borrow_mut().as_mut() {
        p.stop();
    }
    let stats = stats.into_inner();
    eprintln!(
        "randomized: {cases} cases (seed {seed:#x}) in {:.1?}: {stats:?}",
        start.elapsed()
    );
    match result {
        Ok(()) => {}
        Err(TestError::Fail(reason, (choices, quantum))) => panic!(
            "a generated program broke an invariant (quantum {quantum}): {reason}\n--- program ---\n{}",
            generate(&choices)
        ),
        Err(TestError::Abort(reason)) => panic!("aborted: {reason}"),
    }
}

/// The generator must produce programs nPython accepts; a compile error means the generator is wrong.
#[test]
fn generated_programs_compile() {
    randomized_harness::assert_generated_programs_compile(generate, SEED ^ 1, 200, 1200);
}
