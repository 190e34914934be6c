//! Randomized programs over the object model, with a fixed seed and a bounded number of cases, so the test is
//! repeatable in CI (issue 14).
//!
//! The generator writes programs that define classes and use them: `__init__`, single and diamond inheritance
//! with `super()`, subclasses of `dict` (with `__missing__`), `list`, `str`, `int` and `tuple` that override
//! some of `__getitem__`/`__eq__`/`__hash__`/`__repr__`/`__len__`/`__iter__`/`__contains__`, operator dunders
//! (`__add__`/`__radd__`/`__iadd__`, comparisons, `__bool__`, `__len__`, `__contains__`), `@property` with a
//! setter and a deleter, `__slots__`, descriptors (`__get__`/`__set__`/`__delete__`/`__set_name__`),
//! `classmethod`/`staticmethod`, function attributes and `functools.wraps`, `dataclasses` (order, frozen,
//! field defaults), `enum` (`Enum`, `IntEnum`, `Flag`), `__init_subclass__` with class keywords, exception
//! subclasses with attributes of their own, `__getattr__`/`__setattr__`/`__delattr__`, and the reflection
//! builtins (`isinstance`, `issubclass`, `getattr`, `setattr`, `hasattr`, `delattr`, `vars`, `dir`). Almost
//! every statement is wrapped in `try`/`except Exception` that prints the exception's type and message, so
//! error messages are compared too and one exception does not end the program.
//!
//! Each program runs on the VM with a fuel quantum of 1, a random quantum and one quantum, and the invariants
//! are those of `tests/randomized.rs` (the shared code is `tests/randomized_harness/`): no panic, no internal
//! error, identical outcome, stdout and instruction count at every quantum, and, when `python3` is CPython
//! 3.11, identical stdout and uncaught exception type and message under CPython.
//!
//! The generator draws every decision from a list of numbers (the proptest value); choice 0, and running out of
//! choices, picks the simplest option, so shrinking the list shrinks the program.
//!
//! It never prints an object's default repr (it has an address), prints sets only sorted, and stays away from
//! what docs/USAGE.md lists as unsupported (metaclasses, `__getattribute__`, complex, bytearray). It also avoids
//! the differences this test found and fuzz/README.md records ("Differential run over the object model"):
//! each avoidance names its finding (`objNN`).
//!
//! Environment: `NPY_RANDOM_CASES` (cases; default 1000 in release builds, 100 in debug builds),
//! `NPY_RANDOM_SEED` (the seed, default fixed), `NPY_RANDOM_PYTHON` (the CPython command, default `python3`;
//! empty to skip the comparison). For long fuzz runs, `NPY_RANDOM_LOG=FILE` appends every failing program to
//! FILE and carries on instead of stopping (and shrinking) at the first one; it also logs the programs a limit
//! killed (they are not compared with CPython).

mod randomized_harness;

use std::cell::RefCell;
use std::io::Write;
use std::time::Instant;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestError, TestRunner};
use randomized_harness::{check, env_parse, Python, Stats};

/// The fixed seed ("nPyObj14" in ASCII).
const SEED: u64 = 0x6e50_794f_626a_3134;

fn cases() -> u32 {
    let default = if cfg!(debug_assertions) { 100 } else { 1000 };
    env_parse("NPY_RANDOM_CASES").unwrap_or(default)
}

// ---------------------------------------------------------------------------------------------------------
// The generator.

/// An instance the generic statements (`reflect`) may use.
struct Obj {
    var: String,
    /// Data attributes that hold ints or strs.
    attrs: Vec<String>,
    /// Whether its repr is the class's own (a default repr has an address, which differs between runs).
    printable: bool,
    /// Whether `setattr`/`delattr`/`vars`/`dir` on it are ordinary instance-dict operations (not slots,
    /// descriptors or an int's own attributes: obj18, obj25, obj26, obj16, obj37, obj38, obj39).
    plain: bool,
}

/// Reads decisions from the choice list; past its end every decision is 0.
struct Gen<'a> {
    choices: &'a [u32],
    pos: usize,
    lines: Vec<String>,
    fresh: usize,
    objs: Vec<Obj>,
    /// User classes defined so far, for `isinstance`/`issubclass`.
    classes: Vec<String>,
}

const TYPES: [&str; 8] = [
    "int",
    "str",
    "dict",
    "list",
    "tuple",
    "object",
    "Exception",
    "(int, str)",
];

impl<'a> Gen<'a> {
    fn new(choices: &'a [u32]) -> Gen<'a> {
        Gen {
            choices,
            pos: 0,
            lines: Vec::new(),
            fresh: 0,
            objs: Vec::new(),
            classes: Vec::new(),
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

    /// A small int expression.
    fn int(&mut self) -> String {
        match self.pick(8) {
            0..=3 => self.pick(10).to_string(),
            4 => "a".into(),
            5 => "b".into(),
            6 => "c".into(),
            _ => format!("({} - {})", self.one(&["a", "b", "c"]), self.pick(10)),
        }
    }

    /// `text` with `$n` replaced by the feature's number and each `$i` by a fresh int expression.
    fn fill(&mut self, text: &str, n: usize) -> String {
        let text = text.replace("$n", &n.to_string());
        let mut out = String::new();
        let mut parts = text.split("$i");
        out.push_str(parts.next().unwrap_or_default());
        for part in parts {
            let e = self.int();
            out.push_str(&e);
            out.push_str(part);
        }
        out
    }

    /// Writes `text` (several lines, indented relative to each other) at `indent`.
    fn emit(&mut self, indent: usize, text: &str) {
        for l in text.lines() {
            self.lines.push(format!("{}{}", "    ".repeat(indent), l));
        }
    }

    /// Top-level code, usually inside `try`/`except` that prints the exception.
    fn guarded(&mut self, text: &str) {
        if self.pick(12) == 11 {
            self.emit(0, text);
        } else {
            self.emit(0, "try:");
            self.emit(1, text);
            self.emit(0, "except Exception as e:");
            self.emit(1, "print('E', type(e).__name__, e)");
        }
    }

    /// One to four statements drawn from `uses` (templates for `fill`).
    fn uses(&mut self, n: usize, uses: &[&str]) {
        if uses.is_empty() {
            return;
        }
        let k = 1 + self.pick(4);
        for _ in 0..k {
            let t = uses[self.pick(uses.len())];
            let text = self.fill(t, n);
            self.guarded(&text);
        }
    }

    fn new_id(&mut self) -> usize {
        self.fresh += 1;
        self.fresh
    }

    // --- features ------------------------------------------------------------------------------------

    /// A base class and a subclass with `super()`, or a diamond.
    fn hierarchy(&mut self) {
        let n = self.new_id();
        let repr = self.flag();
        let mut t = String::from(
            "class K$n:\n    kind = 'base'\n    def __init__(self, v, w=2):\n        self.v = v\n        self.w = w\n    def val(self):\n        return self.v * 2 + self.w\n",
        );
        if repr {
            t.push_str("    def __repr__(self):\n        return type(self).__name__ + '(' + str(self.v) + ', ' + str(self.w) + ')'\n");
        }
        t.push_str("class J$n(K$n):\n");
        if self.flag() {
            t.push_str("    kind = 'sub'\n");
        }
        let own_init = self.flag();
        if own_init {
            t.push_str("    def __init__(self, v):\n        super().__init__(v, w=$i)\n        self.extra = $i\n");
        }
        t.push_str(match self.pick(3) {
            0 => "    def val(self):\n        return super().val() + 1\n",
            1 => "    def val(self):\n        return super(J$n, self).val() * 3\n",
            _ => "    def twice(self):\n        return self.val() * 2\n",
        });
        let text = self.fill(&t, n);
        self.emit(0, &text);
        let init = if own_init { "J$n($i)" } else { "J$n($i, $i)" };
        let init = self.fill(init, n);
        let text = self.fill(&format!("o{n} = {init}\nk{n} = K{n}($i)"), n);
        self.guarded(&text);
        let mut attrs = vec!["v".to_string(), "w".to_string()];
        if own_init {
            attrs.push("extra".into());
        }
        self.objs.push(Obj {
            var: format!("o{n}"),
            attrs: attrs.clone(),
            printable: repr,
            plain: true,
        });
        self.objs.push(Obj {
            var: format!("k{n}"),
            attrs: vec!["v".into(), "w".into()],
            printable: repr,
            plain: true,
        });
        self.classes.push(format!("K{n}"));
        self.classes.push(format!("J{n}"));
        self.uses(
            n,
            &[
                "print(o$n.val(), o$n.kind, K$n.kind, type(o$n).__name__)",
                "print([k.__name__ for k in J$n.__mro__], J$n.__bases__[0].__name__, J$n.__qualname__)",
                "print(J$n.val.__qualname__, o$n.val.__name__, K$n.val(o$n))",
                "K$n.kind = 'changed'\nprint(o$n.kind, J$n.kind, k$n.kind)",
                "o$n.kind = 'own'\nprint(o$n.kind, J$n.kind, sorted(vars(o$n)))",
                "print(o$n.twice() if hasattr(o$n, 'twice') else 'none', getattr(J$n, 'twice', None) is None)",
                "print(isinstance(o$n, K$n), isinstance(k$n, J$n), issubclass(J$n, K$n), issubclass(K$n, (J$n, object)))",
                "print(o$n.__class__ is J$n, type(o$n) == K$n, o$n.__dict__ == vars(o$n))",
                "print(sorted(n for n in dir(o$n) if not n.startswith('__')))",
                "print(K$n.__dict__['kind'], 'val' in J$n.__dict__, '__init__' in J$n.__dict__)",
            ],
        );
    }

    fn diamond(&mut self) {
        let n = self.new_id();
        let (b1, b2) = if self.flag() { ("L", "R") } else { ("R", "L") };
        let mut t = String::from(
            "class T$n:\n    def who(self):\n        return ['T']\n    def __init__(self):\n        self.log = ['T']\nclass L$n(T$n):\n    def who(self):\n        return ['L'] + super().who()\n",
        );
        if self.flag() {
            t.push_str("    def __init__(self):\n        super().__init__()\n        self.log.append('L')\n");
        }
        t.push_str("class R$n(T$n):\n    def who(self):\n        return ['R'] + super().who()\n");
        if self.flag() {
            t.push_str("    def __init__(self):\n        super().__init__()\n        self.log.append('R')\n");
        }
        t.push_str(&format!(
            "class M$n({b1}$n, {b2}$n):\n    def who(self):\n        return ['M'] + super().who()\n"
        ));
        let text = self.fill(&t, n);
        self.emit(0, &text);
        self.classes.push(format!("M{n}"));
        self.uses(
            n,
            &[
                "print(M$n().who(), M$n().log, [k.__name__ for k in M$n.__mro__])",
                "print(issubclass(M$n, L$n), issubclass(M$n, (R$n,)), isinstance(M$n(), T$n), [k.__name__ for k in M$n.__bases__])",
                "print(super(L$n, M$n()).who(), super(M$n, M$n()).who())",
                // obj43: no inconsistent MRO such as `class X(T, L)` (the message lacks CPython's line break).
                "class Y$n(L$n, R$n, T$n):\n    pass\nprint(Y$n().who(), [k.__name__ for k in Y$n.__mro__])",
            ],
        );
    }

    fn dict_sub(&mut self) {
        let n = self.new_id();
        let mut t = String::from("class Dm$n(dict):\n");
        let missing = self.pick(4);
        t.push_str(match missing {
            0 => "    def __missing__(self, key):\n        return len(str(key)) * 10\n",
            1 => "    def __missing__(self, key):\n        self[key] = str(key) * 2\n        return self[key]\n",
            2 => "    def __missing__(self, key):\n        raise KeyError('no ' + str(key))\n",
            _ => "    pass\n",
        });
        if self.flag() {
            t.push_str("    def __setitem__(self, key, value):\n        super().__setitem__(key, value * 2)\n");
        }
        let repr = self.flag();
        if repr {
            t.push_str("    def __repr__(self):\n        return 'Dm' + super().__repr__()\n");
        }
        if self.flag() {
            t.push_str("    def __len__(self):\n        return super().__len__() + 100\n");
        }
        if self.flag() {
            t.push_str("    def __contains__(self, key):\n        return key == 'zz' or super().__contains__(key)\n");
        }
        let own_iter = self.flag();
        if own_iter {
            t.push_str("    def __iter__(self):\n        return iter(sorted(super().__iter__(), reverse=True))\n");
        }
        // obj22: `super().__getitem__` does not reach `__missing__`; obj11: `{**d}` and `dict(**d)` ignore an
        // overridden `__getitem__` when `__iter__` is overridden too.
        if self.flag() && missing == 3 && !own_iter {
            t.push_str("    def __getitem__(self, key):\n        return ('got', super().__getitem__(key))\n");
        }
        if self.flag() {
            t.push_str("    def __eq__(self, other):\n        return len(self) == len(other)\n");
        }
        let text = self.fill(&t, n);
        self.emit(0, &text);
        let init = self.one(&[
            "Dm$n(x=$i, y=$i)",
            "Dm$n({'x': $i, 'y': 'w'})",
            "Dm$n([('x', $i)])",
            "Dm$n()",
        ]);
        let init = self.fill(init, n);
        self.guarded(&format!("d{n} = {init}"));
        self.classes.push(format!("Dm{n}"));
        self.objs.push(Obj {
            var: format!("d{n}"),
            attrs: vec![],
            printable: true,
            plain: true,
        });
        self.uses(
            n,
            &[
                "print(d$n['x'], d$n['nokey'])",
                "print(d$n.get('nokey'), d$n.get('x', 0), d$n.get('x'))",
                "print('nokey' in d$n, 'x' in d$n, 'zz' in d$n, len(d$n), bool(d$n))",
                "d$n['z'] = $i\nprint(sorted(d$n.items()), d$n)",
                "print(repr(d$n), str(d$n), f'{d$n}')",
                // obj06: no `!=` on builtin subclasses (it inverts an overridden `__eq__` instead of using the builtin's).
                "print(dict(d$n), list(d$n), d$n == {'x': 1}, isinstance(d$n, dict), type(d$n).__name__)",
                "print('{x}|{nokey}'.format_map(d$n))",
                "d$n.update(w=$i)\nprint(d$n.setdefault('v', $i), d$n.pop('x', None), sorted(d$n.keys()))",
                "e$n = d$n.copy()\nprint(type(e$n).__name__, e$n)",
                "print(type(d$n | {'q': 1}).__name__, d$n | {'q': 1}, {'q': 1} | d$n)",
                "for k in d$n:\n    print(k, d$n[k])",
                "print(sorted(d$n.values(), key=str), list(d$n.items()))",
                "del d$n['x']\nprint(d$n, len(d$n))",
                "print([k for k in d$n], {**d$n}, dict(**d$n))",
                "print(sorted(n for n in dir(d$n) if not n.startswith('_')))",
            ],
        );
    }

    fn list_sub(&mut self) {
        let n = self.new_id();
        let mut t = String::from("class Ls$n(list):\n");
        let mut any = false;
        let parts = [
            "    def __getitem__(self, i):\n        return super().__getitem__(i) * 2\n",
            "    def __len__(self):\n        return super().__len__() * 10\n",
            "    def __iter__(self):\n        return iter(list(super().__iter__())[::-1])\n",
            "    def __repr__(self):\n        return 'Ls' + super().__repr__()\n",
            "    def __eq__(self, other):\n        return len(self) == len(other)\n",
            "    def __contains__(self, x):\n        return x == 99 or super().__contains__(x)\n",
            "    def __add__(self, other):\n        return Ls$n(super().__add__(other))\n",
            "    def __iadd__(self, other):\n        self.extend(other)\n        self.append(0)\n        return self\n",
            "    def append(self, x):\n        super().append(x * 3)\n",
            "    def __init__(self, *args):\n        super().__init__(*args)\n        self.tag = 'L'\n",
            "    def __bool__(self):\n        return False\n",
        ];
        for p in parts {
            if self.pick(3) == 0 {
                t.push_str(p);
                any = true;
            }
        }
        if !any {
            t.push_str("    pass\n");
        }
        let text = self.fill(&t, n);
        self.emit(0, &text);
        let init = self.fill("l$n = Ls$n([$i, $i, $i])", n);
        self.guarded(&init);
        self.classes.push(format!("Ls{n}"));
        self.objs.push(Obj {
            var: format!("l{n}"),
            attrs: vec![],
            printable: true,
            plain: true,
        });
        self.uses(
            n,
            &[
                "print(l$n[0], l$n[-1], l$n[1:], l$n[::2])",
                "print(len(l$n), list(l$n), sorted(l$n), sum(l$n), max(l$n))",
                "l$n.append($i)\nprint(l$n, len(l$n))",
                "m$n = l$n\nl$n += [7]\nprint(l$n, type(l$n).__name__, m$n is l$n)",
                "print(l$n + [1], type(l$n + [1]).__name__, [1] + l$n, type([1] + l$n).__name__)",
                "print(l$n * 2, type(l$n * 2).__name__, l$n[:] , type(l$n[:]).__name__)",
                "print(2 in l$n, 99 in l$n, $i in l$n, $i not in l$n)",
                "print(l$n == [1, 2, 3], [0, 0, 0] == l$n, l$n == l$n)",
                "x$n, *y$n = l$n\nprint(x$n, y$n)",
                "print(*l$n)",
                "l$n.sort(reverse=True)\nprint(l$n)",
                // obj32: `reversed()` of a list subclass with its own `__len__` is refused.
                "l$n.reverse()\nprint(l$n)",
                "print(l$n.index(l$n[0]), l$n.count($i))",
                "print(tuple(l$n), sorted(set(l$n)), [v for v in l$n], dict.fromkeys(l$n))",
                "print(bool(l$n), 'T' if l$n else 'F', not l$n)",
                "print(str(l$n), f'{l$n}', '%s' % (l$n,), repr(l$n))",
                "for i, v in enumerate(l$n):\n    print(i, v)",
                "print(getattr(l$n, 'tag', 'notag'), isinstance(l$n, list), issubclass(Ls$n, list))",
                "print(l$n.copy(), type(l$n.copy()).__name__, l$n.pop(), l$n)",
                "l$n[0] = $i\ndel l$n[-1]\nprint(l$n, list.__len__(l$n))",
                "print(list(map(lambda v: v + 1, l$n)), [*l$n], min(l$n, default=None))",
            ],
        );
    }

    fn str_sub(&mut self) {
        let n = self.new_id();
        let mut t = String::from("class Ss$n(str):\n");
        let mut any = false;
        let parts = [
            "    def __repr__(self):\n        return 'Ss(' + super().__repr__() + ')'\n",
            "    def __str__(self):\n        return '<' + super().__str__() + '>'\n",
            "    def __len__(self):\n        return 42\n",
            // obj04: `__eq__` does not call `str(other)` (`str()` of a str subclass returns it unchanged).
            "    def __eq__(self, other):\n        return isinstance(other, str) and str.lower(self) == str.lower(other)\n    def __hash__(self):\n        return hash(str.lower(self))\n",
            "    def upper(self):\n        return 'U:' + super().upper()\n",
            "    def __add__(self, other):\n        return Ss$n(str.__add__(self, '+' + other))\n",
            "    def __getitem__(self, i):\n        return Ss$n(super().__getitem__(i) * 2)\n",
            "    def __contains__(self, x):\n        return True\n",
            // obj09: no `__iter__`: `in` would use it.
            // obj10: no `__lt__`: `max` and reflected comparisons skip a subclass's own one.
            "    def shout(self):\n        return self.upper() + '!'\n",
        ];
        for p in parts {
            if self.pick(3) == 0 {
                t.push_str(p);
                any = true;
            }
        }
        if !any {
            t.push_str("    pass\n");
        }
        let text = self.fill(&t, n);
        self.emit(0, &text);
        // obj21: not `''` (its `split` differs).
        let init = self.one(&["'Abc'", "'hello world'", "'12'"]);
        self.guarded(&format!("s{n} = Ss{n}({init})"));
        self.classes.push(format!("Ss{n}"));
        self.objs.push(Obj {
            var: format!("s{n}"),
            attrs: vec![],
            printable: true,
            plain: true,
        });
        self.uses(
            n,
            &[
                // obj12: no `format(s, spec)`, `'{}'.format(s)` or `s.format()` (they skip the subclass's `__str__`).
                "print(s$n, repr(s$n), str(s$n), f'{s$n}', f'{s$n!r}', '%s' % s$n)",
                "print(len(s$n), s$n.upper(), s$n.lower(), s$n[0], s$n[1:], type(s$n[:1]).__name__)",
                "print(s$n + 'x', 'x' + s$n, type(s$n + 'x').__name__, s$n * 2, type(s$n * 2).__name__)",
                // obj06: no `!=`; obj07: no dict or set lookups of an equal str (they skip the subclass's `__eq__`).
                "print(s$n == 'abc', s$n == 'Abc', s$n in ['abc'], {s$n: 1}.get(s$n))",
                "print(isinstance(s$n, str), sorted([s$n, 'b', 'a']), max(s$n, 'B'))",
                "print('b' in s$n, list(s$n), ''.join(s$n), s$n.split('l'), [c for c in s$n])",
                "print(s$n.startswith('A'), s$n.replace('l', 'L'), type(s$n.strip()).__name__, s$n.shout() if hasattr(s$n, 'shout') else '-')",
                "print(int(Ss$n('12')) + 1, float(Ss$n('2.5')), Ss$n('x') + Ss$n('y'))",
                // obj12: no `'{}'.format(s)` (it skips the subclass's `__str__`).
                "print('-'.join([s$n, s$n]), '{!r}'.format(s$n), str.__str__(s$n))",
                // obj04: not `type(str(s))`, which is the subclass.
                // obj05: no `hash(str(s))`.
                "print(hash(s$n) == hash(s$n), s$n.__class__.__name__)",
                "t$n = s$n\nt$n += 'z'\nprint(t$n, type(t$n).__name__)",
                "print(sorted(n for n in dir(s$n) if n.startswith('is')))",
            ],
        );
    }

    fn int_sub(&mut self) {
        let n = self.new_id();
        let mut t = String::from("class Is$n(int):\n");
        let mut any = false;
        let parts = [
            "    def __repr__(self):\n        return 'Is(' + str(int(self)) + ')'\n",
            // obj13: not `super().__str__()` (it should call the overridden `__repr__`).
            "    def __str__(self):\n        return 'is' + str(int(self))\n",
            "    def __add__(self, other):\n        return Is$n(int(self) + int(other) + 100)\n",
            "    def __radd__(self, other):\n        return Is$n(int(other) * 1000 + int(self))\n",
            "    def __eq__(self, other):\n        return int(self) % 10 == int(other) % 10\n    def __hash__(self):\n        return int(self) % 10\n",
            // obj10: no `__lt__` (reflected comparisons skip a subclass's own one).
            "    def __bool__(self):\n        return int(self) != 1\n",
            "    def __neg__(self):\n        return Is$n(int(self))\n",
            "    def double(self):\n        return Is$n(self * 2)\n",
            "    def __new__(cls, v=0):\n        return super().__new__(cls, v + 1)\n",
            // obj03: no `__index__`: `int()` of the subclass would call it.
        ];
        let mut radd = false;
        for p in parts {
            if self.pick(3) == 0 {
                t.push_str(p);
                any = true;
                radd |= p.contains("__radd__");
            }
        }
        if !any {
            t.push_str("    pass\n");
        }
        let text = self.fill(&t, n);
        self.emit(0, &text);
        let init = self.fill("n$n = Is$n($i)", n);
        self.guarded(&init);
        self.classes.push(format!("Is{n}"));
        self.objs.push(Obj {
            var: format!("n{n}"),
            attrs: vec![],
            printable: true,
            plain: false,
        });
        self.uses(
            n,
            &[
                "print(n$n, repr(n$n), n$n + 1, 1 + n$n, n$n * 2, n$n - 1, -n$n, abs(n$n), n$n // 2, n$n ** 2)",
                "print(type(n$n + 1).__name__, type(1 + n$n).__name__, type(-n$n).__name__, type(n$n * 1).__name__, type(+n$n).__name__)",
                "print(n$n == $i, n$n == 17, n$n < 3, 3 < n$n, n$n >= 2, sorted([Is$n(3), 5, Is$n(1), 2]), max(Is$n(2), 1))",
                "print(bool(n$n), bool(Is$n(0)), not n$n, 'yes' if n$n else 'no')",
                "print(int(n$n), float(n$n), str(n$n), f'{n$n}', f'{n$n:>5}', '%d' % n$n, hex(n$n), format(n$n))",
                "print([10, 20, 30, 40, 50, 60, 70, 80, 90][n$n % 9], 'abcdefgh'[n$n % 8], range(10)[n$n % 10])",
                "print(hash(n$n) == hash(int(n$n)), {n$n: 'v'}.get(int(n$n)), n$n in {int(n$n)})",
                "print(isinstance(n$n, int), isinstance(True, Is$n), issubclass(Is$n, int), issubclass(bool, Is$n))",
                "m$n = n$n\nm$n += 1\nprint(m$n, type(m$n).__name__, n$n)",
"print(divmod(n$n, 3), n$n % 4, n$n & 6, n$n << 1, round(n$n))",
                // obj26: not `n.real` (an int subclass has none).
                "print(n$n.double() if hasattr(n$n, 'double') else 'no', n$n.bit_length())",
                "print(Is$n(Is$n($i)), Is$n('7'), int.__add__(n$n, 1), int.__repr__(n$n))",
            ],
        );
        // obj02: `Is + Is` only without `__radd__` (nPython tries the right operand's `__radd__` first even when
        // both have the same type). obj33: not `[1, 2] * Is(1)` (refused).
        if !radd {
            self.uses(
                n,
                &[
                    "print(sum([n$n, n$n]), n$n + n$n)",
                    "print(sum([Is$n(1), Is$n(2)], Is$n(0)))",
                ],
            );
        }
    }

    fn tuple_sub(&mut self) {
        let n = self.new_id();
        let mut t = String::from("class Ts$n(tuple):\n");
        let variadic = self.flag();
        if variadic {
            t.push_str(
                "    def __new__(cls, *items):\n        return super().__new__(cls, items)\n",
            );
        }
        let parts = [
            "    def __getitem__(self, i):\n        return super().__getitem__(i) * 10\n",
            "    def __len__(self):\n        return 7\n",
            // obj08: no `__iter__`: `in` would use it.
            "    def __hash__(self):\n        return 5\n",
            "    def __eq__(self, other):\n        return True\n",
            "    def __repr__(self):\n        return 'Ts' + super().__repr__()\n",
            "    def __contains__(self, x):\n        return x == 0\n",
            "    def total(self):\n        return sum(super().__iter__())\n",
            "    def __lt__(self, other):\n        return len(self) > len(other)\n",
        ];
        let mut any = variadic;
        for p in parts {
            if self.pick(3) == 0 {
                t.push_str(p);
                any = true;
            }
        }
        if !any {
            t.push_str("    pass\n");
        }
        let text = self.fill(&t, n);
        self.emit(0, &text);
        let init = if variadic {
            "t$n = Ts$n($i, $i, $i)"
        } else {
            "t$n = Ts$n(($i, $i, $i))"
        };
        let init = self.fill(init, n);
        self.guarded(&init);
        self.classes.push(format!("Ts{n}"));
        self.objs.push(Obj {
            var: format!("t{n}"),
            attrs: vec![],
            printable: true,
            plain: true,
        });
        self.uses(
            n,
            &[
                "print(t$n[0], t$n[-1], t$n[1:], len(t$n), list(t$n), tuple(t$n), t$n)",
                "x$n, y$n, *z$n = t$n\nprint(x$n, y$n, z$n)",
                // obj06: no `!=`.
                "print(t$n == (1, 2, 3), (1, 2, 3) == t$n, hash(t$n) == hash(tuple(t$n)), {t$n: 1}.get(tuple(t$n)))",
                "print(t$n + (4,), type(t$n + (4,)).__name__, t$n * 2, 2 in t$n, 0 in t$n, t$n.count(1))",
                "print(sorted(t$n), max(t$n), sum(t$n), sorted(set(t$n)), t$n.index(t$n[0]))",
                "print(isinstance(t$n, tuple), f'{t$n}', str(t$n), '%s' % (t$n,), repr(t$n))",
                "print(*t$n)\nprint(t$n.total() if hasattr(t$n, 'total') else '-')",
                "print(t$n < (5, 5), (0,) < t$n, sorted([t$n, (1,), (9, 9)]), t$n[:] is t$n)",
                "print(dict([t$n[:2]]) if len(tuple(t$n)) >= 2 else 'short', list(zip(t$n, 'abc')), bool(t$n))",
            ],
        );
    }

    /// A value class with operator dunders.
    fn operators(&mut self) {
        let n = self.new_id();
        let mut t = String::from(
            "class V$n:\n    def __init__(self, n):\n        self.n = n\n    def __repr__(self):\n        return 'V' + str(self.n)\n",
        );
        let parts = [
            "    def __add__(self, other):\n        if isinstance(other, V$n):\n            return V$n(self.n + other.n)\n        if isinstance(other, int):\n            return V$n(self.n + other)\n        return NotImplemented\n",
            "    def __radd__(self, other):\n        if isinstance(other, int):\n            return V$n(other * 10 + self.n)\n        return NotImplemented\n",
            "    def __iadd__(self, other):\n        if not isinstance(other, (int, V$n)):\n            return NotImplemented\n        self.n += other if isinstance(other, int) else other.n\n        return self\n",
            "    def __sub__(self, other):\n        return V$n(self.n - other.n)\n",
            "    def __mul__(self, k):\n        return V$n(self.n * k)\n    def __rmul__(self, k):\n        return V$n(-self.n * k)\n",
            "    def __eq__(self, other):\n        return isinstance(other, V$n) and self.n == other.n\n",
            "    def __eq__(self, other):\n        return self.n == other\n",
            "    def __hash__(self):\n        return hash(self.n)\n",
            "    def __lt__(self, other):\n        return self.n < (other.n if isinstance(other, V$n) else other)\n",
            "    def __le__(self, other):\n        if not isinstance(other, V$n):\n            return NotImplemented\n        return self.n <= other.n\n",
            "    def __gt__(self, other):\n        return self.n > getattr(other, 'n', other)\n",
            "    def __bool__(self):\n        return self.n > 0\n",
            "    def __bool__(self):\n        return self.n\n",
            "    def __len__(self):\n        return abs(self.n)\n",
            // obj36: no `__len__` returning a negative int (`bool()` of it raises the wrong exception).
            "    def __contains__(self, x):\n        return x == self.n\n",
            "    def __contains__(self, x):\n        return self.n\n",
            "    def __neg__(self):\n        return V$n(-self.n)\n",
            "    def __getitem__(self, i):\n        return self.n + i\n",
            "    def __call__(self, x=1):\n        return self.n * x\n",
            "    def __iter__(self):\n        return iter(range(self.n % 4))\n",
            "    def __index__(self):\n        return self.n\n",
            "    def __int__(self):\n        return self.n * 100\n",
        ];
        let mut addable = false;
        let mut has_le = false;
        let mut container = false;
        let mut iterable = false;
        for p in parts {
            if self.pick(3) == 0 {
                t.push_str(p);
                addable |= p.contains("def __add__") || p.contains("def __iadd__");
                has_le |= p.contains("def __le__");
                // Not `__getitem__` alone: `in` then tries 0, 1, 2, ... without end (in CPython too).
                container |= p.contains("def __contains__") || p.contains("def __iter__");
                iterable |= p.contains("def __iter__");
            }
        }
        let text = self.fill(&t, n);
        self.emit(0, &text);
        let init = self.fill("v$n = V$n($i)\nw$n = V$n($i)", n);
        self.guarded(&init);
        self.classes.push(format!("V{n}"));
        self.objs.push(Obj {
            var: format!("v{n}"),
            attrs: vec!["n".into()],
            printable: true,
            plain: true,
        });
        self.uses(
            n,
            &[
                "print(v$n + 1, v$n + w$n, 1 + v$n)",
                "print(v$n + 'x')",
                "print('x' + v$n)",
                "print(sum([v$n, w$n]))",
                "print(sum([v$n, w$n], V$n(0)))",
                "print(v$n == w$n, v$n != w$n, v$n == v$n.n, v$n != $i)",
                "print(v$n < w$n, v$n > w$n)",
                "print(v$n < $i, $i < v$n)",
                "print(sorted([w$n, v$n, V$n($i)]), max(v$n, w$n), min([v$n, w$n]))",
                "print(bool(v$n), not v$n, 'T' if v$n else 'F')",
                "print(len(v$n))",
                "print({v$n: 1}[V$n(v$n.n)], len({v$n, w$n, V$n(v$n.n)}))",
                "print(v$n * 2, 2 * v$n, -v$n, v$n - w$n)",
                "print(v$n[1], v$n(3))",
                "print([v$n, w$n].index(w$n), [v$n, w$n].count(V$n(v$n.n)), v$n in [w$n, V$n(v$n.n)])",
                // obj35: no `range(5)[v]`, `hex(v)` or `'abc'[:v]` (they do not call `__index__`).
                "print([10, 20, 30][v$n], int(v$n))",
                // obj28: no `V.__lt__` unless defined (object's comparison dunders are missing).
                "print(v$n.__len__())",
                "print(v$n and w$n, v$n or w$n, [v$n, w$n][bool(v$n)])",
            ],
        );
        // obj01: `<=`/`>=` only with `__le__` (without it, nPython derives them instead of raising TypeError).
        if has_le {
            self.uses(
                n,
                &[
                    // obj01: not against an int (`__le__` returns NotImplemented for it).
                    "print(v$n <= w$n, v$n >= w$n)",
                ],
            );
        }
        // obj42: `in` only with `__contains__` or `__iter__` (without them the TypeError's message differs).
        if container {
            self.uses(n, &["print($i in v$n, v$n.n in v$n, 'q' not in v$n)"]);
        }
        // Iteration only with `__iter__`: over `__getitem__` alone it never ends (in CPython too).
        if iterable {
            self.uses(n, &["print(list(v$n), [x for x in w$n])"]);
        }
        // obj41: `+=` only where `__add__` or `__iadd__` takes an int (the error message names `+`, not `+=`).
        if addable {
            self.uses(
                n,
                &[
                    "u$n = v$n\nv$n += $i\nprint(v$n, u$n is v$n, u$n)",
                    "u$n = w$n\nw$n += v$n\nprint(w$n, u$n is w$n, u$n)",
                ],
            );
        }
    }

    fn property(&mut self) {
        let n = self.new_id();
        let mut t = String::from(
            "class P$n:\n    def __init__(self, x):\n        self._x = x\n    @property\n    def x(self):\n        \"The x.\"\n        return self._x * 2\n",
        );
        if self.pick(4) != 0 {
            t.push_str("    @x.setter\n    def x(self, v):\n        if v < 0:\n            raise ValueError('negative: ' + str(v))\n        self._x = v\n");
        }
        if self.flag() {
            t.push_str("    @x.deleter\n    def x(self):\n        del self._x\n");
        }
        if self.flag() {
            t.push_str(
                "    def get_y(self):\n        return self._x + 1\n    y = property(get_y)\n",
            );
        }
        let sub = self.flag();
        if sub {
            t.push_str(
                "class Q$n(P$n):\n    @property\n    def x(self):\n        return super().x + 1\n",
            );
        }
        let text = self.fill(&t, n);
        self.emit(0, &text);
        let cls = if sub && self.flag() { "Q" } else { "P" };
        let init = self.fill(&format!("p$n = {cls}$n($i)"), n);
        self.guarded(&init);
        self.classes.push(format!("P{n}"));
        self.objs.push(Obj {
            var: format!("p{n}"),
            attrs: vec!["x".into(), "_x".into()],
            printable: false,
            plain: true,
        });
        self.uses(
            n,
            &[
                "print(p$n.x, p$n._x, getattr(p$n, 'x'), getattr(p$n, 'y', 'noy'))",
                "p$n.x = $i\nprint(p$n.x, p$n._x)",
                "p$n.x = -1\nprint(p$n.x)",
                "del p$n.x\nprint(hasattr(p$n, 'x'), hasattr(p$n, '_x'))",
                "del p$n.x\nprint(p$n.x)",
                "setattr(p$n, 'x', $i)\nprint(vars(p$n))",
// obj17: not `P.x.__doc__` (None).
                "print(type(P$n.x).__name__, P$n.x.fget.__name__, P$n.x.fset is None, P$n.x.fdel is None)",
                "print(isinstance(P$n.__dict__['x'], property), 'x' in vars(p$n), sorted(vars(p$n)))",
                "p$n.__dict__['x'] = 99\nprint(p$n.x, vars(p$n))",
                "p$n.y = 3\nprint(p$n.y)",
                // obj29: not `P.x.__get__`/`__set__` (a property has neither).
                "print(P$n.x.fget(p$n))",
            ],
        );
    }

    fn slots(&mut self) {
        let n = self.new_id();
        // obj23: no `'__dict__'` slot.
        let slots = self.one(&["('u', 'v')", "['u', 'v']"]);
        let mut t = format!("class Sl$n:\n    __slots__ = {slots}\n    kind = 'sl'\n    def __init__(self, u):\n        self.u = u\n");
        let sub = self.pick(3);
        if sub == 1 {
            t.push_str("class Sm$n(Sl$n):\n    pass\n");
        } else if sub == 2 {
            t.push_str("class Sm$n(Sl$n):\n    __slots__ = ('w',)\n");
        }
        let text = self.fill(&t, n);
        self.emit(0, &text);
        let cls = if sub > 0 && self.flag() { "Sm" } else { "Sl" };
        let init = self.fill(&format!("s$n = {cls}$n($i)"), n);
        self.guarded(&init);
        self.classes.push(format!("Sl{n}"));
        self.objs.push(Obj {
            var: format!("s{n}"),
            attrs: vec!["u".into(), "v".into()],
            printable: false,
            plain: false,
        });
        self.uses(
            n,
            &[
                "print(s$n.u, s$n.kind)",
                "print(s$n.v)",
                "s$n.v = $i\nprint(s$n.v, s$n.u)",
                "s$n.zz = 1\nprint(s$n.zz)",
                // obj38: not `s.kind = ...` (message), `del s.v` of an unset slot (message), `vars(s)` (type).
                "print(hasattr(s$n, '__dict__'), Sl$n.__slots__, type(s$n).__name__)",
                // obj38: no `del s.u` (a second one would be an unset slot).
                // obj18: not `dir(s)` (unset slots are missing).
                "s$n.w = 2\nprint(s$n.w)",
                "print(getattr(s$n, 'v', 'unset'), hasattr(s$n, 'u'), hasattr(s$n, 'v'))",
            ],
        );
    }

    fn descriptor(&mut self) {
        let n = self.new_id();
        let mut t = String::from(
            "class Dsc$n:\n    def __init__(self, default=0):\n        self.default = default\n",
        );
        let set_name = self.pick(4) != 0;
        if set_name {
            t.push_str("    def __set_name__(self, owner, name):\n        self.name = name\n        self.owner_name = owner.__name__\n");
        }
        t.push_str(if self.flag() {
            "    def __get__(self, obj, objtype=None):\n        if obj is None:\n            return 'C:' + objtype.__name__\n        return obj.__dict__.get('_' + getattr(self, 'name', 'anon'), self.default)\n"
        } else {
            "    def __get__(self, obj, objtype=None):\n        if obj is None:\n            return self\n        return (getattr(self, 'name', 'anon'), obj.__dict__.get('_' + getattr(self, 'name', 'anon'), self.default))\n"
        });
        let data = self.flag();
        if data {
            t.push_str("    def __set__(self, obj, value):\n        obj.__dict__['_' + getattr(self, 'name', 'anon')] = value * 2\n");
        }
        // obj16: `__delete__` only with `__set__` (alone it should make a data descriptor).
        let has_delete = data && self.flag();
        if has_delete {
            t.push_str("    def __delete__(self, obj):\n        obj.__dict__.pop('_' + getattr(self, 'name', 'anon'), None)\n");
        }
        t.push_str("class Hd$n:\n    f = Dsc$n($i)\n    g = Dsc$n()\n");
        if self.flag() {
            t.push_str("    def __init__(self):\n        self.f = $i\n");
        }
        let text = self.fill(&t, n);
        self.emit(0, &text);
        self.guarded(&format!("h{n} = Hd{n}()"));
        self.classes.push(format!("Hd{n}"));
        self.objs.push(Obj {
            var: format!("h{n}"),
            attrs: vec!["f".into(), "g".into()],
            printable: false,
            plain: false,
        });
        self.uses(
            n,
            &[
                "print(h$n.f, h$n.g, type(Hd$n.f).__name__, sorted(vars(h$n)))",
                "h$n.g = $i\nprint(h$n.g, sorted(vars(h$n).items()))",
                "h$n.__dict__['f'] = 100\nprint(h$n.f, h$n.__dict__['f'])",
                "print(Hd$n.__dict__['f'].name, Hd$n.__dict__['g'].owner_name)",
                "print(getattr(h$n, 'f'), hasattr(h$n, 'g'), getattr(Hd$n, 'g', None) == Hd$n.g)",
                "setattr(h$n, 'f', 5)\nprint(h$n.f, vars(h$n))",
                "print(Hd$n.__dict__['f'].__get__(h$n, Hd$n), Hd$n.__dict__['f'].default)",
                "class He$n(Hd$n):\n    g = 7\nprint(He$n().g, He$n().f)",
            ],
        );
        // obj39: `del` only where the descriptor has `__delete__` (the message differs without it).
        if has_delete {
            self.uses(n, &["del h$n.f\nprint(h$n.f, sorted(vars(h$n)))"]);
        }
    }

    fn methods(&mut self) {
        let n = self.new_id();
        let mut t = String::from(
            "class Cm$n:\n    count = 0\n    def __init__(self, v=0):\n        self.v = v\n    @classmethod\n    def make(cls, v):\n        cls.count += 1\n        return cls(v)\n    @staticmethod\n    def helper(x, y=2):\n        return x * y\n",
        );
        if self.flag() {
            t.push_str("    @classmethod\n    def name(cls):\n        return cls.__name__ + str(cls.count)\n");
        }
        t.push_str("class Cn$n(Cm$n):\n");
        t.push_str(if self.flag() {
            "    @staticmethod\n    def helper(x, y=3):\n        return x + y\n"
        } else {
            "    pass\n"
        });
        let text = self.fill(&t, n);
        self.emit(0, &text);
        let init = self.fill("c$n = Cn$n.make($i)", n);
        self.guarded(&init);
        self.classes.push(format!("Cm{n}"));
        self.classes.push(format!("Cn{n}"));
        self.objs.push(Obj {
            var: format!("c{n}"),
            attrs: vec!["v".into(), "count".into()],
            printable: false,
            plain: true,
        });
        self.uses(
            n,
            &[
                "print(type(c$n).__name__, c$n.v, Cm$n.count, Cn$n.count, c$n.count)",
                "print(Cm$n.helper($i), Cn$n().helper(2, 5), c$n.helper(1), Cm$n.helper(y=$i, x=1))",
                "print(Cm$n.make(1).make(2).v, Cm$n.count, Cn$n.count)",
                "print(type(Cm$n.__dict__['make']).__name__, type(Cm$n.__dict__['helper']).__name__)",
                "print(Cm$n.make.__name__, Cm$n.helper.__qualname__, Cn$n.make.__qualname__)",
                "print(Cm$n.name(), c$n.name(), Cn$n.name())",
                "print(Cm$n.__dict__['helper'].__func__(4), Cm$n.__dict__['make'].__func__(Cn$n, 3).v)",
// obj30: not `C.make.__self__` (a bound method has none).
                "print(callable(Cm$n.helper), callable(c$n.make))",
                "f$n = c$n.make\nprint(f$n($i).v, Cn$n.count)",
                "print(Cm$n.helper(), 'unreached')",
            ],
        );
    }

    fn func_attrs(&mut self) {
        let n = self.new_id();
        let wraps = self.flag();
        let mut t = String::from("def deco$n(f):\n");
        if wraps {
            t.push_str("    @functools.wraps(f)\n");
        }
        t.push_str("    def wrapper(*args, **kw):\n        wrapper.calls += 1\n        return f(*args, **kw)\n    wrapper.calls = 0\n    return wrapper\n@deco$n\ndef fn$n(x, y=2):\n");
        if self.flag() {
            t.push_str("    \"Doc of fn.\"\n");
        }
        t.push_str("    return x * y + 1\n");
        let text = self.fill(&t, n);
        self.emit(0, &text);
        self.uses(
            n,
            &[
                "print(fn$n($i), fn$n($i, y=3), fn$n.calls)",
                "print(fn$n.__name__, fn$n.__qualname__, fn$n.__doc__, fn$n.__module__)",
                "print(fn$n.__wrapped__.__name__, fn$n.__wrapped__($i))",
                "fn$n.tag = $i\nprint(fn$n.tag, hasattr(fn$n, 'tag'), getattr(fn$n, 'missing', 'd'))",
                // obj25: not `vars(fn)` (refused).
                "print(sorted(fn$n.__dict__))",
                "print(fn$n.__defaults__, fn$n.__kwdefaults__, fn$n.__wrapped__.__defaults__)",
                "del fn$n.calls\nprint(hasattr(fn$n, 'calls'))",
                "print(fn$n.nope)",
                "setattr(fn$n, 'label', 'L')\nprint(fn$n.label, sorted(fn$n.__dict__))",
                "def outer$n():\n    def inner():\n        return 1\n    return inner\nprint(outer$n().__qualname__, outer$n().__name__, (lambda: 0).__name__)",
                "p$n = functools.partial(fn$n, 2)\nprint(p$n(), p$n(y=5), p$n.args, p$n.keywords, p$n.func is fn$n)",
                "g$n = deco$n(lambda q: q + 1)\nprint(g$n(1), g$n.__name__, g$n.calls)",
                "print(callable(fn$n), type(fn$n).__name__, fn$n.__wrapped__.__qualname__)",
            ],
        );
    }

    fn dataclass(&mut self) {
        let n = self.new_id();
        let order = self.flag();
        let frozen = self.flag();
        let mut opts = vec![];
        if order {
            opts.push("order=True");
        }
        if frozen {
            opts.push("frozen=True");
        }
        // obj15: not `eq=False` with `order=True` (accepted; CPython raises ValueError).
        if !order && self.pick(4) == 0 {
            opts.push("eq=False");
        }
        let deco = if opts.is_empty() && self.flag() {
            "@dataclass".to_string()
        } else {
            format!("@dataclass({})", opts.join(", "))
        };
        let mut t = format!("{deco}\nclass Dc$n:\n    x: int\n    y: int = $i\n");
        if self.flag() {
            t.push_str("    tags: list = field(default_factory=list)\n");
        }
        if self.flag() {
            t.push_str("    note: str = field(default='n', compare=False, repr=False)\n");
        }
        if self.flag() {
            t.push_str("    def __post_init__(self):\n        if self.x < 0:\n            raise ValueError('negative x')\n");
        }
        if self.flag() {
            t.push_str("    def total(self):\n        return self.x + self.y\n");
        }
        let sub = self.flag();
        if sub {
            t.push_str(&format!("{deco}\nclass Dd$n(Dc$n):\n    z: int = 5\n"));
        }
        let text = self.fill(&t, n);
        self.emit(0, &text);
        let cls = if sub && self.flag() { "Dd" } else { "Dc" };
        let init = self.fill(&format!("d$n = {cls}$n($i)\ne$n = {cls}$n($i, $i)"), n);
        self.guarded(&init);
        self.classes.push(format!("Dc{n}"));
        self.objs.push(Obj {
            var: format!("d{n}"),
            attrs: vec!["x".into(), "y".into()],
            printable: true,
            // obj44: no `setattr`/`delattr` that could leave a frozen dataclass's error uncaught.
            plain: !frozen,
        });
        self.uses(
            n,
            &[
                "print(d$n, e$n, d$n == e$n, d$n == Dc$n(d$n.x, d$n.y), d$n != e$n)",
                "print(d$n < e$n, sorted([e$n, d$n]), d$n >= e$n)",
                // obj44: a frozen dataclass's error is caught here (its uncaught type name is qualified).
                "try:\n    d$n.x = 9\nexcept AttributeError as e:\n    print(type(e).__name__, e)\nprint(d$n)",
                "try:\n    del d$n.y\nexcept AttributeError as e:\n    print(type(e).__name__, e)\nprint(d$n)",
                "print(hash(d$n) == hash(Dc$n(d$n.x, d$n.y)))",
                "print(dataclasses.asdict(d$n), dataclasses.astuple(e$n))",
                "print(dataclasses.replace(d$n, y=7), dataclasses.replace(d$n, x=-1))",
                "print([f.name for f in dataclasses.fields(Dc$n)], [f.name for f in dataclasses.fields(d$n)])",
                "print(Dc$n())",
                "print(Dc$n(1, 2, [], 'n', 5, 6))",
                "print(Dc$n(x=1, q=2))",
                "print(Dc$n(y=1))",
                "print(dataclasses.is_dataclass(d$n), dataclasses.is_dataclass(Dc$n), dataclasses.is_dataclass(1))",
                "d$n.tags.append(1)\nprint(Dc$n(0).tags, d$n.tags)",
                "print(d$n.total(), Dc$n.total(e$n))",
                "print(repr(d$n), str(e$n), f'{d$n}', d$n.__class__.__name__, sorted(vars(d$n)))",
                "print(Dc$n(-1))",
                "print(d$n.note, Dc$n.note if hasattr(Dc$n, 'note') else '-', Dc$n.y)",
                "@dataclass\nclass Bad$n:\n    a: int = 0\n    b: int\nprint('made')",
                "@dataclass\nclass Bad$n:\n    a: list = []\nprint('made')",
                // obj28: not `Dc.__eq__` (missing with eq=False).
                "print(d$n == 1, d$n != (1, 2))",
// obj31: not `__dataclass_fields__` (a tuple).
                "print(Dc$n.__annotations__)",
                "print(Dd$n(1, 2, z=3), Dd$n(1) == Dc$n(1), isinstance(Dd$n(1), Dc$n))",
            ],
        );
    }

    fn enums(&mut self) {
        let n = self.new_id();
        let mut t = String::from("class Col$n(Enum):\n");
        t.push_str(if self.flag() {
            "    RED = 1\n    GREEN = 2\n    BLUE = 3\n"
        } else {
            "    RED = auto()\n    GREEN = auto()\n    BLUE = auto()\n"
        });
        if self.flag() {
            t.push_str("    CRIMSON = 1\n");
        }
        if self.flag() {
            t.push_str(
                "    def describe(self):\n        return self.name.lower() + str(self.value)\n",
            );
        }
        let first = self.flag();
        if first {
            t.push_str("    @classmethod\n    def first(cls):\n        return list(cls)[0]\n");
        }
        t.push_str("class Pri$n(IntEnum):\n    LOW = 1\n    MID = 5\n    HIGH = 10\n");
        t.push_str("class Pm$n(Flag):\n    R = 4\n    W = 2\n    X = 1\n");
        let text = self.fill(&t, n);
        self.emit(0, &text);
        self.uses(
            n,
            &[
                "print(Col$n.RED, repr(Col$n.GREEN), Col$n.RED.name, Col$n.BLUE.value)",
                "print(Col$n(2), Col$n['BLUE'], list(Col$n), len(Col$n))",
                "print(Col$n.RED in Col$n, Col$n.RED == 1, Col$n.RED is Col$n(1), getattr(Col$n, 'CRIMSON', 'none'))",
                "print(Col$n($i))",
                "print(Col$n['NOPE'])",
                "Col$n.RED = 5",
                "print(list(Col$n.__members__), isinstance(Col$n.RED, Col$n), type(Col$n.RED).__name__)",
                "print(f'{Col$n.RED}', str(Col$n.RED), format(Col$n.GREEN), '%s' % Col$n.BLUE)",
                "print({Col$n.RED: 1}[Col$n(1)], hash(Col$n.RED) == hash(Col$n.RED), Col$n.RED != Col$n.BLUE)",
                "print(Col$n.RED < Col$n.BLUE)",
                "print(Pri$n.HIGH, repr(Pri$n.LOW), Pri$n.HIGH + 1, Pri$n.MID == 5, sorted([Pri$n.HIGH, Pri$n.LOW, 3]))",
                "print(Pri$n(5), f'{Pri$n.LOW}', str(Pri$n.MID), Pri$n.HIGH > Pri$n.LOW, isinstance(Pri$n.LOW, int), int(Pri$n.MID))",
                "print([0, 1, 2, 3, 4, 5, 6][Pri$n.MID], max(Pri$n), min(Pri$n), type(Pri$n.HIGH + 1).__name__, Pri$n.LOW * 3)",
                "print(Pri$n($i), Pri$n['HIGH'].value, Pri$n.MID.name, list(Pri$n))",
                "print(Pm$n.R | Pm$n.W, repr(Pm$n.R | Pm$n.X), Pm$n.R in (Pm$n.R | Pm$n.W), bool(Pm$n(0)))",
                "print(Pm$n(6), list(Pm$n.R | Pm$n.W | Pm$n.X), (Pm$n.R | Pm$n.W) & Pm$n.W, Pm$n(0), len(Pm$n.R | Pm$n.W))",
                "print(~Pm$n.R, repr(~Pm$n.W), Pm$n.R ^ Pm$n.R, list(Pm$n))",
                // obj34: not a negative value (CPython takes it as a complement).
                "print(Pm$n(abs($i)))",
                "print(Col$n.RED.value + Pri$n.LOW, Col$n.BLUE._name_, Col$n.RED._value_, Col$n.__name__)",
                "for m in Col$n:\n    print(m.name, m.value, m)",
                // obj19: not `dir(member)` (lists the other members).
            ],
        );
        // obj19: `Col.first` only when defined (the AttributeError's message differs).
        if first {
            self.uses(n, &["print(Col$n.first(), Col$n.first().name)"]);
        }
    }

    fn init_subclass(&mut self) {
        let n = self.new_id();
        let mut t = String::from("class Rg$n:\n    registry = []\n");
        t.push_str(if self.flag() {
            "    def __init_subclass__(cls, tag='none', **kw):\n        super().__init_subclass__(**kw)\n        cls.tag = tag\n        Rg$n.registry.append(cls.__name__ + ':' + tag)\n"
        } else {
            "    def __init_subclass__(cls, *, tag):\n        cls.tag = tag\n        Rg$n.registry.append(cls.__name__ + ':' + tag)\n"
        });
        t.push_str("class Ra$n(Rg$n, tag='alpha'):\n    pass\n");
        let text = self.fill(&t, n);
        self.emit(0, &text);
        self.classes.push(format!("Rg{n}"));
        self.uses(
            n,
            &[
                "class Rb$n(Ra$n):\n    pass\nprint(Rg$n.registry, Ra$n.tag, Rb$n.tag, hasattr(Rg$n, 'tag'))",
                // obj40: no unexpected class keywords (messages).
                "class Rd$n(Ra$n, tag='d'):\n    pass\nprint(Rg$n.registry, Rd$n.tag, Ra$n.tag, issubclass(Rd$n, Rg$n))",
                "class Re$n(Rg$n, tag=$i):\n    pass\nprint(Re$n.tag)",
                "print(Rg$n.registry, Ra$n.__name__, Ra$n.tag, vars(Ra$n).get('tag'))",
            ],
        );
    }

    fn exceptions(&mut self) {
        let n = self.new_id();
        let mut t =
            String::from("class AppErr$n(Exception):\n    def __init__(self, code, msg='bad'):\n");
        t.push_str(self.one(&[
            "        super().__init__(msg)\n",
            "        super().__init__(msg, code)\n",
            "        pass\n",
            // obj25: nor `e.__dict__`. obj24: not `Exception.__init__(self, ...)` (no such attribute).
        ]));
        t.push_str("        self.code = code\n");
        t.push_str("class SubErr$n(AppErr$n):\n");
        t.push_str(if self.flag() {
            "    def __str__(self):\n        return 'sub:' + str(self.code)\n"
        } else {
            "    pass\n"
        });
        if self.flag() {
            t.push_str("class KErr$n(KeyError):\n    pass\n");
        } else {
            t.push_str("class KErr$n(LookupError, ValueError):\n    def __init__(self, *args):\n        super().__init__(*args)\n        self.n = len(args)\n");
        }
        let text = self.fill(&t, n);
        self.emit(0, &text);
        self.classes.push(format!("AppErr{n}"));
        self.uses(
            n,
            &[
                "try:\n    raise SubErr$n($i)\nexcept AppErr$n as e:\n    print(type(e).__name__, e, e.args, e.code, repr(e))",
                "try:\n    raise AppErr$n(3, 'boom') from KeyError('k')\nexcept Exception as e:\n    print(e, repr(e.__cause__), e.__context__ is None, e.code)",
                "print(issubclass(SubErr$n, Exception), isinstance(SubErr$n(1), AppErr$n), issubclass(KErr$n, LookupError))",
                "raise SubErr$n($i, 'uncaught')",
                "raise KErr$n('missing')",
                "try:\n    raise KErr$n('k', 2)\nexcept LookupError as e:\n    print(type(e).__name__, e, e.args, getattr(e, 'n', '-'))",
                // obj25: not `vars(e)` (refused).
                "e$n = AppErr$n(5)\ne$n.extra = 1\nprint(e$n.extra, str(e$n), e$n.args)",
                "print(repr(AppErr$n(1)), str(SubErr$n(2, 'm')), AppErr$n(1, 'x').args, repr(KErr$n()))",
                "try:\n    try:\n        {}['q']\n    except KeyError:\n        raise SubErr$n(7)\nexcept AppErr$n as e:\n    print(e, repr(e.__context__), e.__cause__)",
                // obj14: not `raise SubErr` (the class): its `__init__` is not called.
                "try:\n    raise KErr$n\nexcept (SubErr$n, KErr$n) as e:\n    print(type(e).__name__, repr(e), e.args)",
                "print(AppErr$n.__mro__[1].__name__, [k.__name__ for k in KErr$n.__mro__])",
            ],
        );
    }

    fn attr_hooks(&mut self) {
        let n = self.new_id();
        let mut t = String::from("class Ga$n:\n    def __init__(self):\n        self.real = 1\n    def __getattr__(self, name):\n        if name.startswith('x'):\n            return name * 2\n");
        t.push_str(self.one(&[
            "        raise AttributeError(name)\n",
            "        raise AttributeError('no ' + name)\n",
            "        return None\n",
        ]));
        if self.flag() {
            t.push_str(self.one(&[
                "    def __setattr__(self, name, value):\n        super().__setattr__(name, value * 2 if isinstance(value, int) else value)\n",
                "    def __setattr__(self, name, value):\n        object.__setattr__(self, name, (name, value))\n",
                "    def __setattr__(self, name, value):\n        self.__dict__[name.upper()] = value\n",
            ]));
        }
        if self.flag() {
            // obj27: not `super().__delattr__` (neither it nor `object.__delattr__` exists).
            t.push_str("    def __delattr__(self, name):\n        if name == 'real':\n            raise AttributeError('cannot delete real')\n        if name not in self.__dict__:\n            raise AttributeError(name)\n        del self.__dict__[name]\n");
        }
        let text = self.fill(&t, n);
        self.emit(0, &text);
        self.guarded(&format!("g{n} = Ga{n}()"));
        self.classes.push(format!("Ga{n}"));
        self.objs.push(Obj {
            var: format!("g{n}"),
            attrs: vec!["real".into(), "xy".into()],
            printable: false,
            plain: true,
        });
        self.uses(
            n,
            &[
                "print(g$n.real, g$n.xy, getattr(g$n, 'xa'), hasattr(g$n, 'nope'), getattr(g$n, 'nope', 'd'))",
                "g$n.foo = $i\nprint(g$n.foo, vars(g$n))",
                "setattr(g$n, 'bar', $i)\nprint(g$n.bar, sorted(vars(g$n)))",
                "delattr(g$n, 'real')\nprint(vars(g$n))",
                "g$n.foo = 3\ndel g$n.foo\nprint(hasattr(g$n, 'foo'), vars(g$n))",
                "print(g$n.nope)",
                "del g$n.nothing",
                "print(g$n.__dict__, 'real' in dir(g$n), g$n.xq.upper())",
            ],
        );
    }

    /// Reflection builtins on any instance made so far.
    fn reflect(&mut self) {
        if self.objs.is_empty() {
            return;
        }
        let i = self.pick(self.objs.len());
        let var = self.objs[i].var.clone();
        let attrs = self.objs[i].attrs.clone();
        let printable = self.objs[i].printable;
        let plain = self.objs[i].plain;
        let mut names: Vec<String> = attrs.clone();
        names.push("missing".into());
        names.push("__class__".into());
        let name = names[self.pick(names.len())].clone();
        let mut ty: Vec<String> = TYPES.iter().map(|s| s.to_string()).collect();
        ty.extend(self.classes.iter().cloned());
        let t1 = ty[self.pick(ty.len())].clone();
        let t2 = ty[self.pick(ty.len())].clone();
        let val = self.int();
        let text = match self.pick(13) {
            0 => format!("print(type({var}).__name__, {var}.__class__.__name__, type({var}).__qualname__)"),
            1 => format!("print(isinstance({var}, {t1}), isinstance({var}, ({t1}, {t2})), issubclass(type({var}), {t2}))"),
            2 if name != "__class__" => format!("print(hasattr({var}, '{name}'), getattr({var}, '{name}', 'dflt'))"),
            2 => format!("print(hasattr({var}, '{name}'), getattr({var}, '{name}').__name__)"),
            // obj37: `__class__` is never assigned or deleted (wrong exception type).
            3 if plain && name != "__class__" => {
                format!("setattr({var}, '{name}', {val})\nprint(getattr({var}, '{name}'))")
            }
            4 if plain && name != "__class__" => {
                format!("delattr({var}, '{name}')\nprint(hasattr({var}, '{name}'))")
            }
            5 if plain => format!("print(sorted(vars({var})))"),
            6 if plain => format!("print(sorted(n for n in dir({var}) if not n.startswith('__')))"),
            7 if printable => format!("print({var}, repr({var}), str({var}))"),
            8 if printable => format!("print([{var}], ({var},), {{'k': {var}}})"),
            9 => format!("print({var} == {var}, {var} != {var}, {var} is {var}, bool({var}))"),
            10 => format!("print(type({var}) in (int, str, dict, list, tuple), callable({var}), hasattr(type({var}), '__mro__'))"),
            11 => format!("print(issubclass({t1}, {t2}) if isinstance({t1}, type) else 'tuple')"),
            _ => format!("print(getattr({var}, '{name}'))"),
        };
        self.guarded(&text);
    }

    fn program(mut self) -> String {
        self.emit(
            0,
            "import functools\nimport dataclasses\nfrom dataclasses import dataclass, field\nfrom enum import Enum, IntEnum, Flag, auto",
        );
        for v in ["a", "b", "c"] {
            let e = self.pick(16) as i64 - 3;
            self.line0(format!("{v} = {e}"));
        }
        let mut k = 0;
        loop {
            match self.pick(18) {
                0 => self.hierarchy(),
                1 => self.diamond(),
                2 => self.dict_sub(),
                3 => self.list_sub(),
                4 => self.str_sub(),
                5 => self.int_sub(),
                6 => self.tuple_sub(),
                7 => self.operators(),
                8 => self.property(),
                9 => self.slots(),
                10 => self.descriptor(),
                11 => self.methods(),
                12 => self.func_attrs(),
                13 => self.dataclass(),
                14 => self.enums(),
                15 => self.init_subclass(),
                16 => self.exceptions(),
                _ => self.attr_hooks(),
            }
            let r = self.pick(3);
            for _ in 0..r {
                self.reflect();
            }
            k += 1;
            if k >= 6 || !self.flag() {
                break;
            }
        }
        self.line0("print('end', a, b, c)".into());
        let mut text = self.lines.join("\n");
        text.push('\n');
        text
    }

    fn line0(&mut self, text: String) {
        self.lines.push(text);
    }
}

fn generate(choices: &[u32]) -> String {
    Gen::new(choices).program()
}

// ---------------------------------------------------------------------------------------------------------
// The property.

/// Where `NPY_RANDOM_LOG` sends failures (fuzzing mode), if set.
fn log_path() -> Option<String> {
    std::env::var("NPY_RANDOM_LOG")
        .ok()
        .filter(|s| !s.is_empty())
}

fn append_log(path: &str, text: &str) {
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .expect("NPY_RANDOM_LOG is writable");
    writeln!(f, "{text}").expect("write to NPY_RANDOM_LOG");
}

#[test]
fn random_object_programs_are_resumable_and_match_cpython() {
    let start = Instant::now();
    let cases = cases();
    let seed = env_parse("NPY_RANDOM_SEED").unwrap_or(SEED);
    let log = log_path();
    let python = RefCell::new(match Python::start() {
        Ok(p) => Some(p),
        Err(why) => {
            eprintln!("randomized_objects: CPython comparison skipped: {why}");
            None
        }
    });
    let stats = RefCell::new(Stats::default());
    let failures = RefCell::new(0u32);
    let config = Config {
        cases,
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        max_shrink_iters: 4000,
        max_shrink_time: 60_000,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let strategy = (vec(any::<u32>(), 0..600), 2u64..200);
    let result = runner.run(&strategy, |(choices, quantum)| {
        let source = generate(&choices);
        let killed_before = stats.borrow().killed;
        let outcome = check(
            &source,
            quantum,
            &mut python.borrow_mut(),
            &mut stats.borrow_mut(),
        );
        let killed = stats.borrow().killed > killed_before;
        match (outcome, &log) {
            // A program killed by a limit is not compared with CPython, so fuzzing logs it for a look: a limit
            // nPython hits where CPython finishes would be a finding too.
            (Ok(()), Some(path)) if killed => {
                append_log(path, &format!("=== killed\n--- program ---\n{source}"));
                Ok(())
            }
            (Ok(()), _) => Ok(()),
            // Fuzzing: record and carry on, so one run collects every kind of failure, not just the first.
            (Err(reason), Some(path)) => {
                *failures.borrow_mut() += 1;
                append_log(
                    path,
                    &format!(
                        "=== failure (quantum {quantum})\n{reason}\n--- program ---\n{source}"
                    ),
                );
                Ok(())
            }
            (Err(reason), None) => Err(TestCaseError::fail(reason)),
        }
    });
    if let Some(p) = python.borrow_mut().as_mut() {
        p.stop();
    }
    let stats = stats.into_inner();
    eprintln!(
        "randomized_objects: {cases} cases (seed {seed:#x}) in {:.1?}: {stats:?}, {} logged failures",
        start.elapsed(),
        failures.into_inner()
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
fn generated_object_programs_compile() {
    randomized_harness::assert_generated_programs_compile(generate, SEED ^ 1, 200, 600);
}

/// Prints one generated program (`NPY_RANDOM_SHOW=1 cargo test --test randomized_objects show -- --nocapture`),
/// for looking at what the generator writes.
#[test]
fn show() {
    if std::env::var("NPY_RANDOM_SHOW").is_err() {
        return;
    }
    let seed: u32 = env_parse("NPY_RANDOM_SEED").unwrap_or(1);
    let choices: Vec<u32> = (0..600u32)
        .map(|i| {
            (i.wrapping_add(seed))
                .wrapping_mul(2_654_435_761)
                .rotate_left(13)
        })
        .collect();
    println!("{}", generate(&choices));
}
