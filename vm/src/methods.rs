//! Methods of the builtin types: str, list, dict, set, tuple, int and float.

use crate::error::{exc, type_error, value_error, Exc, PyResult};
use crate::heap::{Obj, ViewKind};
use crate::interp::Vm;
use crate::types::Ty;
use crate::value::Value;

const STR_METHODS: &[&str] = &[
    "split",
    "rsplit",
    "join",
    "strip",
    "lstrip",
    "rstrip",
    "upper",
    "lower",
    "title",
    "capitalize",
    "swapcase",
    "casefold",
    "replace",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "startswith",
    "endswith",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "isdecimal",
    "isnumeric",
    "istitle",
    "isidentifier",
    "isascii",
    "isprintable",
    "zfill",
    "center",
    "ljust",
    "rjust",
    "splitlines",
    "partition",
    "rpartition",
    "format",
    "format_map",
    "removeprefix",
    "removesuffix",
    "expandtabs",
    "encode",
    "maketrans",
    "translate",
];
const LIST_METHODS: &[&str] = &[
    "append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "copy",
    "clear",
];
const DICT_METHODS: &[&str] = &[
    "get",
    "keys",
    "values",
    "items",
    "pop",
    "popitem",
    "setdefault",
    "update",
    "copy",
    "clear",
    "fromkeys",
];
const SET_METHODS: &[&str] = &[
    "add",
    "discard",
    "remove",
    "pop",
    "clear",
    "copy",
    "update",
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "issubset",
    "issuperset",
    "isdisjoint",
    "intersection_update",
    "difference_update",
    "symmetric_difference_update",
];
const FROZENSET_METHODS: &[&str] = &[
    "copy",
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "issubset",
    "issuperset",
    "isdisjoint",
];
const TUPLE_METHODS: &[&str] = &["index", "count"];
const INT_METHODS: &[&str] = &[
    "bit_length",
    "bit_count",
    "conjugate",
    "to_bytes",
    "from_bytes",
    "as_integer_ratio",
];
const FLOAT_METHODS: &[&str] = &["is_integer", "conjugate", "as_integer_ratio"];

/// The dunders of the builtin types reachable as methods (`super().__setitem__(k, v)` in a dict subclass).
pub(crate) fn is_builtin_dunder(name: &str) -> bool {
    matches!(
        name,
        "__init__"
            | "__getitem__"
            | "__setitem__"
            | "__delitem__"
            | "__contains__"
            | "__len__"
            | "__iter__"
            | "__bool__"
            | "__hash__"
            | "__repr__"
            | "__str__"
            | "__format__"
            | "__int__"
            | "__index__"
            | "__float__"
            | "__eq__"
            | "__ne__"
            | "__lt__"
            | "__le__"
            | "__gt__"
            | "__ge__"
            | "__add__"
            | "__sub__"
            | "__mul__"
            | "__truediv__"
            | "__floordiv__"
            | "__mod__"
            | "__pow__"
            | "__and__"
            | "__or__"
            | "__xor__"
            | "__lshift__"
            | "__rshift__"
    )
}

/// Whether values of builtin type `ty` have dunder method `name` in CPython (`"abc".__len__`,
/// `sorted(keys, key=d.__getitem__)`); `builtin_dunder` runs them.
pub(crate) fn type_has_dunder(ty: Ty, name: &str) -> bool {
    const CMP: &[&str] = &["__lt__", "__le__", "__gt__", "__ge__"];
    const CONTAINER: &[&str] = &["__len__", "__contains__", "__iter__"];
    const NUMBER: &[&str] = &[
        "__add__",
        "__sub__",
        "__mul__",
        "__truediv__",
        "__floordiv__",
        "__mod__",
        "__pow__",
        "__int__",
        "__float__",
        "__bool__",
    ];
    const BITS: &[&str] = &[
        "__and__",
        "__or__",
        "__xor__",
        "__lshift__",
        "__rshift__",
        "__index__",
    ];
    if !is_builtin_dunder(name) {
        return false;
    }
    if matches!(
        name,
        "__repr__" | "__str__" | "__format__" | "__eq__" | "__ne__"
    ) {
        return true;
    }
    let has = |lists: &[&[&str]]| lists.iter().any(|l| l.contains(&name));
    match ty {
        Ty::Str | Ty::Bytes => has(&[
            CMP,
            CONTAINER,
            &["__hash__", "__getitem__", "__add__", "__mul__", "__mod__"],
        ]),
        Ty::Tuple => has(&[
            CMP,
            CONTAINER,
            &["__hash__", "__getitem__", "__add__", "__mul__"],
        ]),
        Ty::List => has(&[
            CMP,
            CONTAINER,
            &[
                "__getitem__",
                "__setitem__",
                "__delitem__",
                "__add__",
                "__mul__",
            ],
        ]),
        Ty::Dict | Ty::DefaultDict | Ty::OrderedDict | Ty::Counter => has(&[
            CONTAINER,
            &["__getitem__", "__setitem__", "__delitem__", "__or__"],
        ]),
        Ty::Set | Ty::FrozenSet => {
            has(&[CMP, CONTAINER, &["__and__", "__or__", "__xor__", "__sub__"]])
                || (ty == Ty::FrozenSet && name == "__hash__")
        }
        Ty::Range => has(&[CONTAINER, &["__getitem__", "__hash__", "__bool__"]]),
        Ty::Int | Ty::Bool => has(&[CMP, NUMBER, BITS, &["__hash__"]]),
        Ty::Float => has(&[CMP, NUMBER, &["__hash__"]]),
        _ => false,
    }
}

/// The public method names of builtin type `ty` (what `dir()` lists for its values).
pub(crate) fn method_names(ty: Option<Ty>) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = match ty {
        Some(Ty::Str) => STR_METHODS.to_vec(),
        Some(Ty::List) => LIST_METHODS.to_vec(),
        Some(Ty::Dict | Ty::DefaultDict) => DICT_METHODS.to_vec(),
        Some(Ty::OrderedDict) => [DICT_METHODS, &["move_to_end"]].concat(),
        Some(Ty::Counter) => [DICT_METHODS, crate::modules::collections::COUNTER_METHODS].concat(),
        Some(Ty::Set) => SET_METHODS.to_vec(),
        Some(Ty::FrozenSet) => FROZENSET_METHODS.to_vec(),
        Some(Ty::Tuple | Ty::Range) => TUPLE_METHODS.to_vec(),
        // Data attributes too: dir lists them beside the methods.
        Some(Ty::Int | Ty::Bool) => {
            [INT_METHODS, &["denominator", "imag", "numerator", "real"]].concat()
        }
        Some(Ty::Float) => [FLOAT_METHODS, &["imag", "real"]].concat(),
        Some(Ty::Bytes) => [crate::bytes::METHODS, crate::bytes_methods::METHODS].concat(),
        Some(Ty::Pattern) => crate::modules::re::PATTERN_METHODS.to_vec(),
        Some(Ty::Match) => crate::modules::re::MATCH_METHODS.to_vec(),
        _ => Vec::new(),
    };
    names.retain(|n| !n.starts_with("__"));
    names
}

/// Whether builtin type `ty` has a method `name`.
pub fn has_method(ty: Option<Ty>, name: &str) -> bool {
    let list: &[&str] = match ty {
        Some(Ty::Str) => STR_METHODS,
        Some(Ty::List) => LIST_METHODS,
        Some(Ty::Dict | Ty::DefaultDict) => DICT_METHODS,
        Some(Ty::OrderedDict) => return DICT_METHODS.contains(&name) || name == "move_to_end",
        Some(Ty::Counter) => {
            return DICT_METHODS.contains(&name)
                || crate::modules::collections::COUNTER_METHODS.contains(&name)
        }
        Some(Ty::Set) => SET_METHODS,
        Some(Ty::FrozenSet) => FROZENSET_METHODS,
        Some(Ty::Tuple | Ty::Range) => TUPLE_METHODS,
        Some(Ty::Int | Ty::Bool) => INT_METHODS,
        Some(Ty::Float) => FLOAT_METHODS,
        Some(Ty::Property) => &[
            "setter",
            "getter",
            "deleter",
            "__get__",
            "__set__",
            "__delete__",
        ],
        Some(Ty::Pattern) => crate::modules::re::PATTERN_METHODS,
        Some(Ty::Match) => crate::modules::re::MATCH_METHODS,
        Some(Ty::Generator) => &["send", "throw", "close", "__next__", "__iter__"],
        Some(Ty::Hash) => crate::modules::hashlib::METHODS,
        Some(Ty::Bytes) => {
            return crate::bytes::METHODS.contains(&name)
                || crate::bytes_methods::METHODS.contains(&name)
        }
        Some(ty) => return crate::capability::has_method(ty, name),
        None => &[],
    };
    list.contains(&name)
}

fn args_between(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min {
        return Err(type_error(if min == max {
            format!(
                "{name}() takes exactly {min} argument{} ({} given)",
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else {
            format!(
                "{name}() takes at least {min} argument{} ({} given)",
                if min == 1 { "" } else { "s" },
                args.len()
            )
        }));
    }
    if args.len() > max {
        return Err(type_error(if max == 0 {
            format!("{name}() takes no arguments ({} given)", args.len())
        } else if min == max {
            format!(
                "{name}() takes exactly {max} argument{} ({} given)",
                if max == 1 { "" } else { "s" },
                args.len()
            )
        } else {
            format!(
                "{name}() takes at most {max} argument{} ({} given)",
                if max == 1 { "" } else { "s" },
                args.len()
            )
        }));
    }
    Ok(())
}

fn kwarg(kw: &[(String, Value)], name: &str) -> Option<Value> {
    kw.iter().find(|(k, _)| k == name).map(|(_, v)| *v)
}

fn only_kw(func: &str, kw: &[(String, Value)], allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        if !allowed.contains(&k.as_str()) {
            return Err(type_error(format!(
                "{func}() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    Ok(())
}

/// Byte offset of char index `i` in `s` (clamped to the end).
fn byte_at(s: &str, ascii: bool, i: usize) -> usize {
    if ascii {
        i.min(s.len())
    } else {
        s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.len())
    }
}

fn char_index(s: &str, ascii: bool, byte: usize) -> usize {
    if ascii {
        byte
    } else {
        s[..byte].chars().count()
    }
}

impl Vm {
    /// Calls a method of a builtin type straight from the stack (`CallMethod`): Some(result) when `recv` is a
    /// builtin value with that method, None when the attribute must be looked up generically.
    pub(crate) fn call_builtin_method(
        &mut self,
        recv: Value,
        name: &str,
        rpos: usize,
    ) -> PyResult<Option<Value>> {
        // Values with methods of their own: str, list, dict, set, frozenset, tuple, int, float. Anything
        // else (an exception, a class) goes through the generic attribute lookup.
        let direct = match recv {
            Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
            Value::Obj(h) => matches!(
                self.heap.get(h),
                Obj::Str(_)
                    | Obj::List(_)
                    | Obj::Dict(_)
                    | Obj::Set(_)
                    | Obj::FrozenSet(_)
                    | Obj::Tuple(_)
                    | Obj::BigInt(_)
                    | Obj::Pattern(_)
                    | Obj::Match(_)
            ),
            _ => false,
        };
        // Dunder names are attributes (`x.__class__(...)`), never methods of the builtin tables.
        if !direct || name.starts_with("__") {
            return Ok(None);
        }
        let argc = self.stack.len() - rpos - 1;
        // Hot list methods without copying the arguments.
        if argc == 1 && name == "append" {
            if let Value::Obj(h) = recv {
                if let Obj::List(_) = self.heap.get(h) {
                    let v = self.stack[rpos + 1];
                    self.list_append(recv, v)?;
                    return Ok(Some(Value::None));
                }
            }
        }
        // Arguments are copied to the Rust stack (no allocation for the usual handful).
        let mut buf = [Value::None; 6];
        let r = if argc <= buf.len() {
            buf[..argc].copy_from_slice(&self.stack[rpos + 1..]);
            self.call_method(recv, name, &buf[..argc], &[])?
        } else {
            let args: Vec<Value> = self.stack[rpos + 1..].to_vec();
            self.call_method(recv, name, &args, &[])?
        };
        Ok(Some(r))
    }

    /// Calls method `name` of a builtin value.
    pub fn call_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        if name.starts_with("__") && is_builtin_dunder(name) {
            return self.builtin_dunder(recv, name, args, kw);
        }
        let Value::Obj(h) = recv else {
            if name == "to_bytes" {
                return self.int_to_bytes(recv, args, kw);
            }
            return self.number_method(recv, name, args);
        };
        match self.heap.get(h) {
            Obj::Str(_) if name == "encode" => self.str_encode(recv, args, kw),
            Obj::Str(_) => self.str_method(recv, name, args, kw),
            Obj::Bytes(_) => self.bytes_method(recv, name, args, kw),
            Obj::List(_) => self.list_method(recv, name, args, kw),
            Obj::Dict(_) => self.dict_method(recv, name, args, kw),
            Obj::Set(_) | Obj::FrozenSet(_) => self.set_method(recv, name, args),
            Obj::Tuple(_) => self.seq_search(recv, name, args, "tuple"),
            Obj::Range { start, stop, step } if matches!(name, "index" | "count") => {
                let (start, stop, step) = (*start, *stop, *step);
                args_between(name, args, 1, 1)?;
                self.range_search(start, stop, step, name, args[0])
            }
            Obj::Cap(_) => self.cap_call_method(recv, h, name, args, kw),
            Obj::BigInt(_) if name == "to_bytes" => self.int_to_bytes(recv, args, kw),
            Obj::BigInt(_) => self.number_method(recv, name, args),
            Obj::Type(_) if Ty::from_handle(h) == Some(Ty::Int) && name == "from_bytes" => {
                self.int_from_bytes(args, kw)
            }
            Obj::Type(_) if Ty::from_handle(h) == Some(Ty::Bytes) && name == "fromhex" => {
                self.bytes_fromhex(args, kw)
            }
            Obj::Type(_) if Ty::from_handle(h) == Some(Ty::Bytes) && name == "maketrans" => {
                self.bytes_method_more(recv, name, args, kw)
            }
            Obj::Pattern(_) => self.pattern_method(recv, name, args, kw),
            Obj::Match(_) => self.match_method(recv, name, args, kw),
            Obj::Generator(_) => self.generator_method(recv, name, args, kw),
            Obj::Hash(_) => self.hash_method(recv, name, args, kw),
            Obj::Property(p) if matches!(name, "setter" | "getter" | "deleter") => {
                args_between(name, args, 1, 1)?;
                let mut p = **p;
                p[match name {
                    "getter" => 0,
                    "setter" => 1,
                    _ => 2,
                }] = args[0];
                Ok(Value::Obj(self.heap.alloc(Obj::Property(Box::new(p)))))
            }
            Obj::Property(p) if matches!(name, "__get__" | "__set__" | "__delete__") => {
                let p = **p;
                self.property_dunder(recv, p, name, args)
            }
            Obj::Type(_) if Ty::from_handle(h) == Some(Ty::Str) && name == "maketrans" => {
                self.str_maketrans(args)
            }
            Obj::Type(_) if Ty::from_handle(h) == Some(Ty::Dict) && name == "fromkeys" => {
                args_between("fromkeys", args, 1, 2)?;
                let keys = self.collect_iterable(args[0])?;
                let v = args.get(1).copied().unwrap_or(Value::None);
                let d = self.new_dict();
                for k in keys {
                    self.dict_set(d, k, v)?;
                }
                Ok(d)
            }
            _ => Err(exc(
                Ty::AttributeError,
                format!(
                    "'{}' object has no attribute '{name}'",
                    self.type_name(recv)
                ),
            )),
        }
    }

    /// The `length`, `byteorder` and `signed` arguments of `int.to_bytes` / `int.from_bytes`, after
    /// `positional` leading ones: (length, little-endian, signed).
    fn byte_order_args(
        &mut self,
        func: &str,
        args: &[Value],
        kw: &[(String, Value)],
        with_length: bool,
    ) -> PyResult<(Option<Value>, bool, bool)> {
        let max = if with_length { 2 } else { 1 };
        if args.len() > max {
            return Err(type_error(format!(
                "{func}() takes at most {max} positional arguments ({} given)",
                args.len()
            )));
        }
        let (mut length, mut order) = if with_length {
            (args.first().copied(), args.get(1).copied())
        } else {
            (None, args.first().copied())
        };
        let mut signed = false;
        for (k, v) in kw {
            match k.as_str() {
                "length" if with_length && length.is_none() => length = Some(*v),
                "byteorder" if order.is_none() => order = Some(*v),
                "signed" => signed = self.truthy(*v)?,
                _ => {
                    return Err(type_error(format!(
                        "{func}() got an unexpected keyword argument '{k}'"
                    )))
                }
            }
        }
        let little = match order {
            None => false,
            Some(o) => match self.str_ref(o) {
                Some("big") => false,
                Some("little") => true,
                Some(_) => return Err(value_error("byteorder must be either 'little' or 'big'")),
                None => {
                    return Err(type_error(format!(
                        "{func}() argument 'byteorder' must be str, not {}",
                        self.type_name(o)
                    )))
                }
            },
        };
        Ok((length, little, signed))
    }

    /// `n.to_bytes(length=1, byteorder='big', *, signed=False)`.
    fn int_to_bytes(
        &mut self,
        recv: Value,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        let (length, little, signed) = self.byte_order_args("to_bytes", args, kw, true)?;
        let length = match length {
            None => 1,
            Some(Value::Int(n)) => n,
            Some(Value::Bool(b)) => b as i64,
            Some(v) => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                )))
            }
        };
        if length < 0 {
            return Err(value_error("length argument must be non-negative"));
        }
        // The result is allocated in full: a length past the memory limit ends the job before it is made.
        if length as u64 > self.heap.limit() as u64 {
            return Err(crate::error::memory_limit());
        }
        let n = self.to_bigint(recv).unwrap_or_default();
        if !signed && n.sign() == num_bigint::Sign::Minus {
            return Err(exc(
                Ty::OverflowError,
                "can't convert negative int to unsigned",
            ));
        }
        let mut digits = if n.sign() == num_bigint::Sign::NoSign {
            Vec::new()
        } else if signed {
            n.to_signed_bytes_be()
        } else {
            n.to_bytes_be().1
        };
        let length = length as usize;
        if digits.len() > length {
            return Err(exc(Ty::OverflowError, "int too big to convert"));
        }
        let fill = if n.sign() == num_bigint::Sign::Minus {
            0xff
        } else {
            0
        };
        let mut out = vec![fill; length - digits.len()];
        out.append(&mut digits);
        if little {
            out.reverse();
        }
        self.charge_fuel(out.len() as u64 / 32)?;
        Ok(self.new_bytes(out))
    }

    /// `int.from_bytes(bytes, byteorder='big', *, signed=False)`; `bytes` may be any iterable of ints in
    /// `range(256)`.
    fn int_from_bytes(&mut self, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
        let Some((&data, rest)) = args.split_first() else {
            return Err(type_error(
                "from_bytes() missing required argument 'bytes' (pos 1)",
            ));
        };
        let (_, little, signed) = self.byte_order_args("from_bytes", rest, kw, false)?;
        let mut bytes = match self.bytes_ref(data) {
            Some(b) => b.to_vec(),
            None => {
                let items = self.collect_iterable(data)?;
                let mut out = Vec::with_capacity(items.len());
                for v in items {
                    match v {
                        Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                        Value::Int(_) => return Err(value_error("bytes must be in range(0, 256)")),
                        other => {
                            return Err(type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                self.type_name(other)
                            )))
                        }
                    }
                }
                out
            }
        };
        self.charge_fuel(bytes.len() as u64 / 32)?;
        if little {
            bytes.reverse();
        }
        let n = if signed {
            num_bigint::BigInt::from_signed_bytes_be(&bytes)
        } else {
            num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &bytes)
        };
        Ok(self.bigint(n))
    }

    fn number_method(&mut self, recv: Value, name: &str, args: &[Value]) -> PyResult<Value> {
        // An unknown name is an AttributeError whatever the arguments, as in CPython: check the name before
        // the argument count (`(1).nosuch(2)` is not "nosuch() takes no arguments").
        if matches!(
            name,
            "is_integer" | "conjugate" | "bit_length" | "bit_count" | "as_integer_ratio"
        ) {
            args_between(name, args, 0, 0)?;
        }
        match (name, recv) {
            ("is_integer", Value::Float(f)) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
            ("conjugate", _) => Ok(recv),
            ("as_integer_ratio", Value::Float(f)) => {
                let (n, d) = float_ratio(f)?;
                let (n, d) = (self.bigint(n), self.bigint(d));
                Ok(self.new_tuple(vec![n, d]))
            }
            ("as_integer_ratio", _) => {
                let n = match recv {
                    Value::Bool(b) => Value::Int(b as i64),
                    v => v,
                };
                Ok(self.new_tuple(vec![n, Value::Int(1)]))
            }
            ("bit_length", _) | ("bit_count", _) => {
                let b = self.to_bigint(recv).unwrap_or_default();
                let (_, mag) = b.into_parts();
                Ok(Value::Int(if name == "bit_length" {
                    mag.bits() as i64
                } else {
                    mag.to_u64_digits()
                        .iter()
                        .map(|d| d.count_ones() as i64)
                        .sum()
                }))
            }
            _ => Err(exc(
                Ty::AttributeError,
                format!(
                    "'{}' object has no attribute '{name}'",
                    self.type_name(recv)
                ),
            )),
        }
    }

    fn str_arg(&self, v: Value, func: &str) -> PyResult<String> {
        match self.str_ref(v) {
            Some(s) => Ok(s.to_string()),
            None => Err(type_error(format!(
                "{func}() argument must be str, not {}",
                self.type_name(v)
            ))),
        }
    }

    fn opt_str_arg(&self, args: &[Value], i: usize, func: &str) -> PyResult<Option<String>> {
        match args.get(i) {
            None | Some(Value::None) => Ok(None),
            Some(v) => match self.str_ref(*v) {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(type_error(format!("{func} arg must be None or str"))),
            },
        }
    }

    pub(crate) fn int_param(&self, v: Option<Value>, default: i64) -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => match self.small_int(v) {
                Some(i) => Ok(i),
                // An int past 64 bits is too large, not the wrong type (CPython's Py_ssize_t conversion).
                None if self.to_bigint(v).is_some() => Err(exc(
                    Ty::OverflowError,
                    "Python int too large to convert to C ssize_t",
                )),
                None => Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                ))),
            },
        }
    }

    /// A start or end position (`find`, `count`, `index`, `startswith`, ...). Like a slice bound in CPython,
    /// an int past 64 bits clamps instead of failing: `"abc".find("a", 10**20)` is -1.
    pub(crate) fn bound_param(&self, v: Option<Value>, default: i64) -> PyResult<i64> {
        match v.and_then(|v| self.to_bigint(v).filter(|_| self.small_int(v).is_none())) {
            Some(big) if big.sign() == num_bigint::Sign::Minus => Ok(i64::MIN),
            Some(_) => Ok(i64::MAX),
            None => self.int_param(v, default),
        }
    }

    fn str_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        let Value::Obj(h) = recv else {
            return Err(crate::interp::internal("str method"));
        };
        if kw.is_empty() {
            if let Some(r) = self.str_method_borrowed(h, name, args) {
                return r;
            }
        }
        let (s, ascii) = match self.heap.get(h) {
            Obj::Str(p) => (p.s.to_string(), p.ascii),
            _ => return Err(crate::interp::internal("str method")),
        };
        self.charge_fuel(s.len() as u64 / 32)?;
        if !matches!(name, "split" | "rsplit" | "format" | "splitlines") && !kw.is_empty() {
            return Err(type_error(format!("{name}() takes no keyword arguments")));
        }
        let r: Value = match name {
            "upper" | "lower" | "casefold" | "swapcase" | "title" | "capitalize" => {
                args_between(name, args, 0, 0)?;
                let out = match name {
                    "upper" => s.to_uppercase(),
                    "lower" => s.to_lowercase(),
                    "casefold" => crate::casefold::casefold(&s),
                    "swapcase" => crate::case::swapcase(&s),
                    "title" => crate::case::title(&s),
                    _ => crate::case::capitalize(&s),
                };
                self.new_str(out)
            }
            "strip" | "lstrip" | "rstrip" => {
                args_between(name, args, 0, 1)?;
                let chars = self.opt_str_arg(args, 0, name)?;
                let pat = |c: char| match &chars {
                    Some(cs) => cs.contains(c),
                    None => c.is_whitespace(),
                };
                let out = match name {
                    "strip" => s.trim_matches(pat),
                    "lstrip" => s.trim_start_matches(pat),
                    _ => s.trim_end_matches(pat),
                };
                if out.len() == s.len() {
                    recv
                } else {
                    self.new_str(out)
                }
            }
            "split" | "rsplit" => {
                only_kw(name, kw, &["sep", "maxsplit"])?;
                args_between(name, args, 0, 2)?;
                let sep = match args.first().copied().or_else(|| kwarg(kw, "sep")) {
                    None | Some(Value::None) => None,
                    Some(v) => Some(self.str_arg(v, name)?),
                };
                let maxsplit =
                    self.int_param(args.get(1).copied().or_else(|| kwarg(kw, "maxsplit")), -1)?;
                let parts = split(&s, sep.as_deref(), maxsplit, name == "rsplit")?;
                let items: Vec<Value> = parts.into_iter().map(|p| self.new_str(p)).collect();
                self.new_list(items)
            }
            "splitlines" => {
                only_kw(name, kw, &["keepends"])?;
                let keep = match args.first().copied().or_else(|| kwarg(kw, "keepends")) {
                    Some(v) => self.truthy(v)?,
                    None => false,
                };
                let mut items = Vec::new();
                let mut start = 0;
                let bytes: Vec<(usize, char)> = s.char_indices().collect();
                let mut i = 0;
                while i < bytes.len() {
                    let (b, c) = bytes[i];
                    if matches!(
                        c,
                        '\n' | '\r'
                            | '\x0b'
                            | '\x0c'
                            | '\x1c'
                            | '\x1d'
                            | '\x1e'
                            | '\u{85}'
                            | '\u{2028}'
                            | '\u{2029}'
                    ) {
                        let mut end = b + c.len_utf8();
                        if c == '\r' && i + 1 < bytes.len() && bytes[i + 1].1 == '\n' {
                            end += 1;
                            i += 1;
                        }
                        let line = if keep { &s[start..end] } else { &s[start..b] };
                        items.push(self.new_str(line));
                        start = end;
                    }
                    i += 1;
                }
                if start < s.len() {
                    items.push(self.new_str(&s[start..]));
                }
                self.new_list(items)
            }
            "join" => {
                args_between(name, args, 1, 1)?;
                let items = self.collect_iterable(args[0])?;
                let mut out = String::new();
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&s);
                    }
                    match self.str_ref(*v) {
                        Some(p) => out.push_str(p),
                        None => {
                            return Err(type_error(format!(
                                "sequence item {i}: expected str instance, {} found",
                                self.type_name(*v)
                            )))
                        }
                    }
                }
                self.heap
                    .check_room(out.len())
                    .map_err(|_| crate::error::memory_limit())?;
                self.new_str(out)
            }
            "replace" => {
                args_between(name, args, 2, 3)?;
                let old = self.str_arg(args[0], name)?;
                let new = self.str_arg(args[1], name)?;
                let count = self.int_param(args.get(2).copied(), -1)?;
                let n = if old.is_empty() {
                    s.chars().count() + 1
                } else {
                    s.matches(old.as_str()).count()
                };
                let n = if count >= 0 { n.min(count as usize) } else { n };
                let size = s.len() + n.saturating_mul(new.len());
                self.heap
                    .check_room(size)
                    .map_err(|_| crate::error::memory_limit())?;
                let out = if count < 0 {
                    s.replace(old.as_str(), &new)
                } else if old.is_empty() {
                    let mut out = String::new();
                    let mut done = 0;
                    for c in s.chars() {
                        if done < n {
                            out.push_str(&new);
                            done += 1;
                        }
                        out.push(c);
                    }
                    if done < n {
                        out.push_str(&new);
                    }
                    out
                } else {
                    s.replacen(old.as_str(), &new, count as usize)
                };
                self.new_str(out)
            }
            "find" | "rfind" | "index" | "rindex" | "count" => {
                args_between(name, args, 1, 3)?;
                let sub = match self.str_ref(args[0]) {
                    Some(x) => x.to_string(),
                    None => {
                        return Err(type_error(format!(
                            "must be str, not {}",
                            self.type_name(args[0])
                        )))
                    }
                };
                let nchars = if ascii { s.len() } else { s.chars().count() } as i64;
                let norm = |i: i64| {
                    if i < 0 {
                        (i + nchars).max(0)
                    } else {
                        i.min(nchars)
                    }
                };
                let raw_start = self.bound_param(args.get(1).copied(), 0)?;
                let start = norm(raw_start) as usize;
                let end = norm(self.bound_param(args.get(2).copied(), nchars)?) as usize;
                // A start past the end finds nothing, not even "" (`"abc".find("", 4)` is -1).
                if start > end || raw_start > nchars {
                    return Ok(match name {
                        "count" => Value::Int(0),
                        "index" | "rindex" => return Err(value_error("substring not found")),
                        _ => Value::Int(-1),
                    });
                }
                let bs = byte_at(&s, ascii, start);
                let be = byte_at(&s, ascii, end);
                let hay = &s[bs..be];
                if name == "count" {
                    let n = if sub.is_empty() {
                        hay.chars().count() + 1
                    } else {
                        hay.matches(sub.as_str()).count()
                    };
                    return Ok(Value::Int(n as i64));
                }
                let pos = if name.starts_with('r') {
                    hay.rfind(sub.as_str())
                } else {
                    hay.find(sub.as_str())
                };
                match pos {
                    Some(p) => Value::Int(char_index(&s, ascii, bs + p) as i64),
                    None if name.ends_with("index") => {
                        return Err(value_error("substring not found"))
                    }
                    None => Value::Int(-1),
                }
            }
            "startswith" | "endswith" => {
                args_between(name, args, 1, 3)?;
                let nchars = if ascii { s.len() } else { s.chars().count() } as i64;
                let norm = |i: i64| {
                    if i < 0 {
                        (i + nchars).max(0)
                    } else {
                        i.min(nchars)
                    }
                };
                let start = norm(self.bound_param(args.get(1).copied(), 0)?) as usize;
                let end = norm(self.bound_param(args.get(2).copied(), nchars)?) as usize;
                let hay = if start <= end {
                    &s[byte_at(&s, ascii, start)..byte_at(&s, ascii, end)]
                } else {
                    ""
                };
                let cands: Vec<String> = if let Some(p) = self.str_ref(args[0]) {
                    vec![p.to_string()]
                } else if let Value::Obj(t) = args[0] {
                    match self.heap.get(t) {
                        Obj::Tuple(items) => {
                            let items = items.to_vec();
                            let mut v = Vec::new();
                            for i in items {
                                v.push(self.str_ref(i).map(str::to_string).ok_or_else(|| {
                                    type_error(format!(
                                        "tuple for {name} must only contain str, not {}",
                                        self.type_name(i)
                                    ))
                                })?);
                            }
                            v
                        }
                        _ => {
                            return Err(type_error(format!(
                                "{name} first arg must be str or a tuple of str, not {}",
                                self.type_name(args[0])
                            )))
                        }
                    }
                } else {
                    return Err(type_error(format!(
                        "{name} first arg must be str or a tuple of str, not {}",
                        self.type_name(args[0])
                    )));
                };
                let hit = cands.iter().any(|c| {
                    if start > end {
                        false
                    } else if name == "startswith" {
                        hay.starts_with(c.as_str())
                    } else {
                        hay.ends_with(c.as_str())
                    }
                });
                Value::Bool(hit)
            }
            "isdigit" | "isdecimal" | "isnumeric" => {
                args_between(name, args, 0, 0)?;
                Value::Bool(
                    !s.is_empty()
                        && s.chars().all(|c| {
                            if name == "isnumeric" {
                                c.is_numeric()
                            } else {
                                c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())
                            }
                        }),
                )
            }
            "isalpha" => Value::Bool(!s.is_empty() && s.chars().all(char::is_alphabetic)),
            "isalnum" => Value::Bool(!s.is_empty() && s.chars().all(char::is_alphanumeric)),
            "isspace" => Value::Bool(!s.is_empty() && s.chars().all(char::is_whitespace)),
            "isascii" => Value::Bool(ascii),
            "isprintable" => Value::Bool(s.chars().all(|c| !c.is_control())),
            "isupper" => Value::Bool(crate::case::isupper(&s)),
            "islower" => Value::Bool(crate::case::islower(&s)),
            "istitle" => Value::Bool(crate::case::istitle(&s)),
            "isidentifier" => {
                let mut cs = s.chars();
                Value::Bool(
                    cs.next().is_some_and(|c| c == '_' || c.is_alphabetic())
                        && cs.all(|c| c == '_' || c.is_alphanumeric()),
                )
            }
            "zfill" => {
                args_between(name, args, 1, 1)?;
                let w = self.int_param(Some(args[0]), 0)?.max(0) as usize;
                self.heap
                    .check_room(w)
                    .map_err(|_| crate::error::memory_limit())?;
                let n = s.chars().count();
                if n >= w {
                    recv
                } else {
                    let (sign, rest) = if s.starts_with(['+', '-']) {
                        s.split_at(1)
                    } else {
                        ("", s.as_str())
                    };
                    let out = format!("{sign}{}{rest}", "0".repeat(w - n));
                    self.new_str(out)
                }
            }
            "center" | "ljust" | "rjust" => {
                args_between(name, args, 1, 2)?;
                let w = self.int_param(Some(args[0]), 0)?.max(0) as usize;
                self.heap
                    .check_room(w.saturating_mul(4))
                    .map_err(|_| crate::error::memory_limit())?;
                let fill = match args.get(1) {
                    Some(f) => {
                        let f = self.str_arg(*f, name)?;
                        let mut cs = f.chars();
                        match (cs.next(), cs.next()) {
                            (Some(c), None) => c,
                            _ => {
                                return Err(type_error(
                                    "The fill character must be exactly one character long",
                                ))
                            }
                        }
                    }
                    None => ' ',
                };
                let n = s.chars().count();
                if n >= w {
                    recv
                } else {
                    let pad = w - n;
                    let (l, r) = match name {
                        "ljust" => (0, pad),
                        "rjust" => (pad, 0),
                        _ => {
                            let l = pad / 2 + (pad & w & 1);
                            (l, pad - l)
                        }
                    };
                    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
                    let out = format!("{}{s}{}", f(l), f(r));
                    self.new_str(out)
                }
            }
            "partition" | "rpartition" => {
                args_between(name, args, 1, 1)?;
                let sep = self.str_arg(args[0], name)?;
                if sep.is_empty() {
                    return Err(value_error("empty separator"));
                }
                let found = if name == "partition" {
                    s.find(sep.as_str())
                } else {
                    s.rfind(sep.as_str())
                };
                let (a, b, c) = match found {
                    Some(p) => (&s[..p], sep.as_str(), &s[p + sep.len()..]),
                    None if name == "partition" => (s.as_str(), "", ""),
                    None => ("", "", s.as_str()),
                };
                let items = vec![self.new_str(a), self.new_str(b), self.new_str(c)];
                self.new_tuple(items)
            }
            "removeprefix" | "removesuffix" => {
                args_between(name, args, 1, 1)?;
                let a = self.str_arg(args[0], name)?;
                let out = if name == "removeprefix" {
                    s.strip_prefix(a.as_str()).unwrap_or(&s)
                } else {
                    s.strip_suffix(a.as_str()).unwrap_or(&s)
                };
                self.new_str(out)
            }
            "expandtabs" => {
                let size = self.int_param(args.first().copied(), 8)?.max(0) as usize;
                let mut out = String::new();
                let mut col = 0;
                for c in s.chars() {
                    match c {
                        '\t' => {
                            if size > 0 {
                                let n = size - col % size;
                                out.push_str(&" ".repeat(n));
                                col += n;
                            }
                        }
                        '\n' | '\r' => {
                            out.push(c);
                            col = 0;
                        }
                        _ => {
                            out.push(c);
                            col += 1;
                        }
                    }
                }
                self.new_str(out)
            }
            "format" => {
                let out = self.str_format(&s, args, kw, None)?;
                self.new_str(out)
            }
            "format_map" => {
                args_between(name, args, 1, 1)?;
                let out = self.str_format(&s, &[], &[], Some(args[0]))?;
                self.new_str(out)
            }
            "maketrans" => self.str_maketrans(args)?,
            "translate" => {
                args_between(name, args, 1, 1)?;
                self.str_translate(&s, args[0])?
            }
            _ => {
                return Err(exc(
                    Ty::AttributeError,
                    format!("'str' object has no attribute '{name}'"),
                ))
            }
        };
        Ok(r)
    }

    /// The commonest str methods, computed from borrowed text (no copy of the receiver): None when the
    /// method or its arguments need the general path.
    fn str_method_borrowed(
        &mut self,
        h: crate::heap::Handle,
        name: &str,
        args: &[Value],
    ) -> Option<PyResult<Value>> {
        enum Out {
            Str(String),
            Same,
            Bool(bool),
            Int(i64),
            Parts(Vec<String>),
        }
        let heap = &self.heap;
        let Obj::Str(p) = heap.get(h) else {
            return None;
        };
        let s: &str = &p.s;
        let text = |i: usize| -> Option<&str> {
            match args.get(i) {
                Some(Value::Obj(a)) => match heap.get(*a) {
                    Obj::Str(x) => Some(x.s.as_str()),
                    _ => None,
                },
                _ => None,
            }
        };
        let out = match (name, args.len()) {
            ("upper", 0) => {
                if p.ascii && !s.bytes().any(|b| b.is_ascii_lowercase()) {
                    Out::Same
                } else {
                    Out::Str(s.to_uppercase())
                }
            }
            ("lower", 0) => {
                if p.ascii && !s.bytes().any(|b| b.is_ascii_uppercase()) {
                    Out::Same
                } else {
                    Out::Str(s.to_lowercase())
                }
            }
            ("strip" | "lstrip" | "rstrip", 0 | 1) => {
                let chars = if args.is_empty() {
                    None
                } else {
                    Some(text(0)?)
                };
                let pat = |c: char| match chars {
                    Some(cs) => cs.contains(c),
                    None => c.is_whitespace(),
                };
                let r = match name {
                    "strip" => s.trim_matches(pat),
                    "lstrip" => s.trim_start_matches(pat),
                    _ => s.trim_end_matches(pat),
                };
                if r.len() == s.len() {
                    Out::Same
                } else {
                    Out::Str(r.to_string())
                }
            }
            ("split", 0) => Out::Parts(s.split_whitespace().map(str::to_string).collect()),
            ("split", 1) => {
                let sep = text(0)?;
                if sep.is_empty() {
                    return None;
                }
                Out::Parts(s.split(sep).map(str::to_string).collect())
            }
            ("startswith", 1) => Out::Bool(s.starts_with(text(0)?)),
            ("endswith", 1) => Out::Bool(s.ends_with(text(0)?)),
            ("replace", 2) => {
                let (old, new) = (text(0)?, text(1)?);
                if old.is_empty() {
                    return None;
                }
                if !s.contains(old) {
                    Out::Same
                } else {
                    let n = s.matches(old).count();
                    if heap
                        .check_room(s.len() + n.saturating_mul(new.len()))
                        .is_err()
                    {
                        return Some(Err(crate::error::memory_limit()));
                    }
                    Out::Str(s.replace(old, new))
                }
            }
            ("count", 1) => {
                let sub = text(0)?;
                if sub.is_empty() {
                    return None;
                }
                Out::Int(s.matches(sub).count() as i64)
            }
            ("find", 1) if p.ascii => Out::Int(s.find(text(0)?).map(|i| i as i64).unwrap_or(-1)),
            ("join", 1) => {
                let items: &[Value] = match args[0] {
                    Value::Obj(l) => match heap.get(l) {
                        Obj::List(v) => v,
                        Obj::Tuple(v) => v,
                        _ => return None,
                    },
                    _ => return None,
                };
                let mut total = s.len() * items.len();
                for v in items {
                    match v {
                        Value::Obj(x) => match heap.get(*x) {
                            Obj::Str(t) => total += t.s.len(),
                            _ => return None,
                        },
                        _ => return None,
                    }
                }
                if heap.check_room(total).is_err() {
                    return Some(Err(crate::error::memory_limit()));
                }
                let mut out = String::with_capacity(total);
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(s);
                    }
                    if let Value::Obj(x) = v {
                        if let Obj::Str(t) = heap.get(*x) {
                            out.push_str(&t.s);
                        }
                    }
                }
                Out::Str(out)
            }
            _ => return None,
        };
        Some(Ok(match out {
            Out::Same => Value::Obj(h),
            Out::Str(t) => self.new_str(t),
            Out::Bool(b) => Value::Bool(b),
            Out::Int(i) => Value::Int(i),
            Out::Parts(parts) => {
                if let Err(e) = self.charge_fuel(parts.len() as u64) {
                    return Some(Err(e));
                }
                let items: Vec<Value> = parts.into_iter().map(|t| self.new_str(t)).collect();
                self.new_list(items)
            }
        }))
    }

    /// `str.format`: positional and keyword fields with specs and conversions; `[index]` lookups.
    pub(crate) fn str_format(
        &mut self,
        fmt: &str,
        args: &[Value],
        kw: &[(String, Value)],
        mapping: Option<Value>,
    ) -> PyResult<String> {
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut auto = 0usize;
        let mut used_manual = false;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '{' {
                if chars.get(i + 1) == Some(&'{') {
                    out.push('{');
                    i += 2;
                    continue;
                }
                // Find the matching close brace (specs may nest one level of braces).
                let mut depth = 1;
                let mut j = i + 1;
                while j < chars.len() && depth > 0 {
                    match chars[j] {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    j += 1;
                }
                if depth != 0 {
                    return Err(value_error("Single '{' encountered in format string"));
                }
                let field: String = chars[i + 1..j - 1].iter().collect();
                i = j;
                let (head, spec) = match field.find(':') {
                    Some(p) => (&field[..p], &field[p + 1..]),
                    None => (field.as_str(), ""),
                };
                let (name, conv) = match head.find('!') {
                    Some(p) => (&head[..p], Some(&head[p + 1..])),
                    None => (head, None),
                };
                let (base, rest) = match name.find(['[', '.']) {
                    Some(p) => (&name[..p], &name[p..]),
                    None => (name, ""),
                };
                let mut v = if base.is_empty() {
                    if used_manual {
                        return Err(value_error(
                            "cannot switch from manual field specification to automatic field numbering",
                        ));
                    }
                    let v = args.get(auto).copied().ok_or_else(|| {
                        exc(
                            Ty::IndexError,
                            format!(
                                "Replacement index {auto} out of range for positional args tuple"
                            ),
                        )
                    })?;
                    auto += 1;
                    v
                } else if let Ok(n) = base.parse::<usize>() {
                    // The check the other way round: `'{}{0}'.format(1)` is an error too, not '11'.
                    if auto > 0 {
                        return Err(value_error(
                            "cannot switch from automatic field numbering to manual field specification",
                        ));
                    }
                    used_manual = true;
                    args.get(n).copied().ok_or_else(|| {
                        exc(
                            Ty::IndexError,
                            format!("Replacement index {n} out of range for positional args tuple"),
                        )
                    })?
                } else if let Some(m) = mapping {
                    // `mapping[key]`, so `__missing__` and `__getitem__` of the mapping count.
                    let k = self.new_str(base);
                    self.getitem(m, k)?
                } else {
                    match kw.iter().find(|(k, _)| k == base) {
                        Some((_, v)) => *v,
                        None => {
                            let k = self.new_str(base);
                            return Err(Exc::Args(Ty::KeyError, vec![k]));
                        }
                    }
                };
                let mut rest = rest;
                while !rest.is_empty() {
                    if let Some(r) = rest.strip_prefix('[') {
                        let end = r
                            .find(']')
                            .ok_or_else(|| value_error("Missing ']' in format string"))?;
                        let key = &r[..end];
                        let k = match key.parse::<i64>() {
                            Ok(n) => Value::Int(n),
                            Err(_) => self.new_str(key),
                        };
                        v = self.getitem(v, k)?;
                        rest = &r[end + 1..];
                    } else if let Some(r) = rest.strip_prefix('.') {
                        let end = r.find(['[', '.']).unwrap_or(r.len());
                        v = self.getattr(v, &r[..end])?;
                        rest = &r[end..];
                    } else {
                        return Err(value_error(
                            "Only '.' or '[' may follow ']' in format field specifier",
                        ));
                    }
                }
                // Nested replacement fields inside the spec.
                let spec = if spec.contains('{') {
                    let mut inner_auto_args: Vec<Value> = args[auto.min(args.len())..].to_vec();
                    let r = self.str_format(spec, &inner_auto_args, kw, mapping)?;
                    auto += spec.matches("{}").count();
                    inner_auto_args.clear();
                    r
                } else {
                    spec.to_string()
                };
                let conv = match conv {
                    None => 0,
                    Some("s") => 1,
                    Some("r") => 2,
                    Some("a") => 3,
                    Some(c) => {
                        return Err(value_error(format!("Unknown conversion specifier {c}")))
                    }
                };
                let sv = if spec.is_empty() {
                    None
                } else {
                    Some(self.new_str(spec))
                };
                out.push_str(&self.format_field(v, conv, sv)?);
            } else if c == '}' {
                if chars.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(value_error("Single '}' encountered in format string"));
            } else {
                out.push(c);
                i += 1;
            }
        }
        Ok(out)
    }

    fn seq_search(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        what: &str,
    ) -> PyResult<Value> {
        let items = self.seq_items(recv);
        self.charge_fuel(items.len() as u64 / 4)?;
        match name {
            "count" => {
                args_between(name, args, 1, 1)?;
                let mut n = 0;
                for v in items {
                    if v.is_same(args[0]) || self.eq(v, args[0])? {
                        n += 1;
                    }
                }
                Ok(Value::Int(n))
            }
            "index" => {
                args_between(name, args, 1, 3)?;
                let len = items.len() as i64;
                let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
                let start = norm(self.bound_param(args.get(1).copied(), 0)?) as usize;
                let end = norm(self.bound_param(args.get(2).copied(), len)?) as usize;
                for (i, v) in items.iter().enumerate().take(end).skip(start) {
                    if v.is_same(args[0]) || self.eq(*v, args[0])? {
                        return Ok(Value::Int(i as i64));
                    }
                }
                if what == "list" {
                    let r = self.repr(args[0])?;
                    Err(value_error(format!("{r} is not in list")))
                } else {
                    Err(value_error("tuple.index(x): x not in tuple"))
                }
            }
            _ => Err(exc(
                Ty::AttributeError,
                format!("'{what}' object has no attribute '{name}'"),
            )),
        }
    }

    fn list_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        let Value::Obj(h) = recv else {
            return Err(crate::interp::internal("list method"));
        };
        if name != "sort" && !kw.is_empty() {
            return Err(type_error(format!(
                "list.{name}() takes no keyword arguments"
            )));
        }
        macro_rules! list {
            () => {
                match self.heap.get_mut(h) {
                    Obj::List(l) => l,
                    _ => return Err(crate::interp::internal("list method")),
                }
            };
        }
        match name {
            "append" => {
                args_between(name, args, 1, 1)?;
                self.list_append(recv, args[0])?;
                Ok(Value::None)
            }
            "extend" => {
                args_between(name, args, 1, 1)?;
                self.list_extend(recv, args[0])?;
                Ok(Value::None)
            }
            "insert" => {
                args_between(name, args, 2, 2)?;
                let i = self.int_param(Some(args[0]), 0)?;
                self.heap.charge(16);
                let l = list!();
                let n = l.len() as i64;
                let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
                l.insert(j as usize, args[1]);
                Ok(Value::None)
            }
            "pop" => {
                args_between(name, args, 0, 1)?;
                let i = self.int_param(args.first().copied(), -1)?;
                let l = list!();
                if l.is_empty() {
                    return Err(exc(Ty::IndexError, "pop from empty list"));
                }
                let n = l.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(exc(Ty::IndexError, "pop index out of range"));
                }
                Ok(l.remove(j as usize))
            }
            "remove" => {
                args_between(name, args, 1, 1)?;
                let items = self.seq_items(recv);
                for (i, v) in items.iter().enumerate() {
                    if v.is_same(args[0]) || self.eq(*v, args[0])? {
                        let l = list!();
                        if i < l.len() {
                            l.remove(i);
                        }
                        return Ok(Value::None);
                    }
                }
                Err(value_error("list.remove(x): x not in list"))
            }
            "index" | "count" => self.seq_search(recv, name, args, "list"),
            "reverse" => {
                args_between(name, args, 0, 0)?;
                list!().reverse();
                Ok(Value::None)
            }
            "copy" => {
                args_between(name, args, 0, 0)?;
                let items = self.seq_items(recv);
                Ok(self.new_list(items))
            }
            "clear" => {
                args_between(name, args, 0, 0)?;
                list!().clear();
                Ok(Value::None)
            }
            "sort" => {
                args_between(name, args, 0, 0)?;
                only_kw("sort", kw, &["key", "reverse"])?;
                let reverse = match kwarg(kw, "reverse") {
                    Some(v) => self.truthy(v)?,
                    None => false,
                };
                if let Some(key) = kwarg(kw, "key").filter(|k| !matches!(k, Value::None)) {
                    let helper = self.prelude_fn("__npy_sort_key")?;
                    return self.tail_call(helper, vec![recv, key, Value::Bool(reverse)]);
                }
                let mut items = self.seq_items(recv);
                crate::builtins::sort_values(self, &mut items, None, reverse)?;
                let l = list!();
                if l.len() == items.len() {
                    l.copy_from_slice(&items);
                }
                Ok(Value::None)
            }
            _ => Err(exc(
                Ty::AttributeError,
                format!("'list' object has no attribute '{name}'"),
            )),
        }
    }

    fn dict_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        let Value::Obj(h) = recv else {
            return Err(crate::interp::internal("dict method"));
        };
        let ordered = matches!(self.heap.get(h), Obj::Dict(d) if matches!(d.flavor, crate::dict::Flavor::Ordered));
        if ordered && matches!(name, "move_to_end" | "popitem") {
            return self.ordered_dict_method(recv, name, args, kw);
        }
        if name != "update" && !kw.is_empty() {
            return Err(type_error(format!(
                "dict.{name}() takes no keyword arguments"
            )));
        }
        let flavor = match self.heap.get(h) {
            Obj::Dict(d) => d.flavor,
            _ => crate::dict::Flavor::Plain,
        };
        if let crate::dict::Flavor::Counter = flavor {
            if crate::modules::collections::COUNTER_METHODS.contains(&name) || name == "update" {
                return self.counter_method(recv, name, args, kw);
            }
        }
        match name {
            "get" => {
                args_between(name, args, 1, 2)?;
                Ok(self
                    .dict_get(recv, args[0])?
                    .unwrap_or(args.get(1).copied().unwrap_or(Value::None)))
            }
            "keys" | "values" | "items" => {
                args_between(name, args, 0, 0)?;
                let kind = match name {
                    "keys" => ViewKind::Keys,
                    "values" => ViewKind::Values,
                    _ => ViewKind::Items,
                };
                Ok(Value::Obj(self.heap.alloc(Obj::DictView { dict: h, kind })))
            }
            "pop" => {
                args_between(name, args, 1, 2)?;
                match self.dict_remove(recv, args[0])? {
                    Some(v) => Ok(v),
                    None => match args.get(1) {
                        Some(d) => Ok(*d),
                        None => Err(Exc::Args(Ty::KeyError, vec![args[0]])),
                    },
                }
            }
            "popitem" => {
                args_between(name, args, 0, 0)?;
                let kv = match self.heap.get_mut(h) {
                    Obj::Dict(d) => d.pop_last(),
                    _ => None,
                };
                match kv {
                    Some((k, v)) => Ok(self.new_tuple(vec![k, v])),
                    None => Err(exc(Ty::KeyError, "popitem(): dictionary is empty")),
                }
            }
            "setdefault" => {
                args_between(name, args, 1, 2)?;
                match self.dict_get(recv, args[0])? {
                    Some(v) => Ok(v),
                    None => {
                        let d = args.get(1).copied().unwrap_or(Value::None);
                        self.dict_set(recv, args[0], d)?;
                        Ok(d)
                    }
                }
            }
            "update" => {
                args_between(name, args, 0, 1)?;
                if let Some(src) = args.first() {
                    self.dict_update(recv, *src)?;
                }
                for (k, v) in kw {
                    let key = self.new_str(k.as_str());
                    self.dict_set(recv, key, *v)?;
                }
                Ok(Value::None)
            }
            "copy" => {
                args_between(name, args, 0, 0)?;
                self.dict_copy(recv)
            }
            "clear" => {
                args_between(name, args, 0, 0)?;
                if let Obj::Dict(d) = self.heap.get_mut(h) {
                    d.clear();
                }
                Ok(Value::None)
            }
            "fromkeys" => {
                let t = Value::Obj(Ty::Dict.handle());
                self.call_method(t, name, args, kw)
            }
            _ => Err(exc(
                Ty::AttributeError,
                format!("'dict' object has no attribute '{name}'"),
            )),
        }
    }

    /// `range.index(x)` and `range.count(x)`: arithmetic for ints, a scan comparing with `==` otherwise.
    fn range_search(
        &mut self,
        start: i64,
        stop: i64,
        step: i64,
        name: &str,
        x: Value,
    ) -> PyResult<Value> {
        let position = match x {
            Value::Int(_) | Value::Bool(_) => {
                let i = match x {
                    Value::Int(i) => i,
                    _ => i64::from(matches!(x, Value::Bool(true))),
                };
                let inside = if step > 0 {
                    start <= i && i < stop
                } else {
                    stop < i && i <= start
                };
                let on_step = (i as i128 - start as i128) % step as i128 == 0;
                (inside && on_step).then(|| ((i as i128 - start as i128) / step as i128) as i64)
            }
            _ => {
                let len = crate::object::range_len(start, stop, step);
                let mut found = None;
                let mut count = 0i64;
                for k in 0..len {
                    self.charge_fuel(1)?;
                    if self.eq(Value::Int(start + k * step), x)? {
                        found.get_or_insert(k);
                        count += 1;
                    }
                }
                if name == "count" {
                    return Ok(Value::Int(count));
                }
                if found.is_none() {
                    return Err(value_error("sequence.index(x): x not in sequence"));
                }
                found
            }
        };
        match (name, position) {
            ("count", p) => Ok(Value::Int(i64::from(p.is_some()))),
            (_, Some(p)) => Ok(Value::Int(p)),
            (_, None) => {
                let r = self.repr(x)?;
                Err(value_error(format!("{r} is not in range")))
            }
        }
    }

    fn set_method(&mut self, recv: Value, name: &str, args: &[Value]) -> PyResult<Value> {
        use crate::bytecode::BinOp;
        let Value::Obj(h) = recv else {
            return Err(crate::interp::internal("set method"));
        };
        let as_set = |vm: &mut Vm, v: Value| -> PyResult<Value> {
            if let Value::Obj(x) = v {
                if matches!(vm.heap.get(x), Obj::Set(_) | Obj::FrozenSet(_)) {
                    return Ok(v);
                }
            }
            let items = vm.collect_iterable(v)?;
            vm.new_set(items)
        };
        if matches!(self.heap.get(h), Obj::FrozenSet(_)) && !FROZENSET_METHODS.contains(&name) {
            return Err(exc(
                Ty::AttributeError,
                format!("'frozenset' object has no attribute '{name}'"),
            ));
        }
        match name {
            "add" => {
                args_between(name, args, 1, 1)?;
                self.set_add(recv, args[0])?;
                Ok(Value::None)
            }
            "discard" | "remove" => {
                args_between(name, args, 1, 1)?;
                let (_, pos) = self.dict_find(h, args[0])?;
                match pos {
                    Some(p) => {
                        if let Obj::Set(d) = self.heap.get_mut(h) {
                            d.remove_at(p);
                        }
                        Ok(Value::None)
                    }
                    None if name == "remove" => Err(Exc::Args(Ty::KeyError, vec![args[0]])),
                    None => Ok(Value::None),
                }
            }
            "pop" => {
                args_between(name, args, 0, 0)?;
                let first = match self.heap.get(h) {
                    Obj::Set(d) => d.iter().next().map(|(_, k, _)| k),
                    _ => None,
                };
                match first {
                    Some(k) => {
                        let (_, pos) = self.dict_find(h, k)?;
                        if let (Some(p), Obj::Set(d)) = (pos, self.heap.get_mut(h)) {
                            d.remove_at(p);
                        }
                        Ok(k)
                    }
                    None => Err(exc(Ty::KeyError, "pop from an empty set")),
                }
            }
            "clear" => {
                if let Obj::Set(d) = self.heap.get_mut(h) {
                    d.clear();
                }
                Ok(Value::None)
            }
            "copy" => {
                let items = self.set_items(recv);
                let s = self.new_set(items)?;
                if matches!(self.heap.get(h), Obj::FrozenSet(_)) {
                    return Ok(recv);
                }
                Ok(s)
            }
            "update" => {
                for a in args {
                    let items = self.collect_iterable(*a)?;
                    for v in items {
                        self.set_add(recv, v)?;
                    }
                }
                Ok(Value::None)
            }
            "union" | "intersection" | "difference" | "symmetric_difference" => {
                let op = match name {
                    "union" => BinOp::BitOr,
                    "intersection" => BinOp::BitAnd,
                    "difference" => BinOp::Sub,
                    _ => BinOp::BitXor,
                };
                let mut acc = self.set_op(BinOp::BitOr, recv, recv)?;
                if matches!(self.heap.get(h), Obj::FrozenSet(_)) {
                    acc = recv;
                }
                for a in args {
                    let other = as_set(self, *a)?;
                    acc = self.set_op(op, acc, other)?;
                }
                Ok(acc)
            }
            "intersection_update" | "difference_update" | "symmetric_difference_update" => {
                let op = match name {
                    "intersection_update" => BinOp::BitAnd,
                    "difference_update" => BinOp::Sub,
                    _ => BinOp::BitXor,
                };
                let mut acc = recv;
                for a in args {
                    let other = as_set(self, *a)?;
                    acc = self.set_op(op, acc, other)?;
                }
                let items = self.set_items(acc);
                if let Obj::Set(d) = self.heap.get_mut(h) {
                    d.clear();
                }
                for v in items {
                    self.set_add(recv, v)?;
                }
                Ok(Value::None)
            }
            "issubset" | "issuperset" | "isdisjoint" => {
                args_between(name, args, 1, 1)?;
                let other = as_set(self, args[0])?;
                Ok(Value::Bool(match name {
                    "issubset" => self.is_subset(recv, other)?,
                    "issuperset" => self.is_subset(other, recv)?,
                    _ => {
                        let mut disjoint = true;
                        for v in self.set_items(recv) {
                            if self.set_contains(other, v)? {
                                disjoint = false;
                                break;
                            }
                        }
                        disjoint
                    }
                }))
            }
            _ => Err(exc(
                Ty::AttributeError,
                format!(
                    "'{}' object has no attribute '{name}'",
                    self.type_name(recv)
                ),
            )),
        }
    }
}

/// `str.split` / `str.rsplit`.
fn split(s: &str, sep: Option<&str>, maxsplit: i64, from_right: bool) -> PyResult<Vec<String>> {
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        Some("") => Err(value_error("empty separator")),
        Some(sep) => {
            let parts: Vec<String> = if from_right {
                let mut v: Vec<String> = s
                    .rsplitn(max.saturating_add(1), sep)
                    .map(str::to_string)
                    .collect();
                v.reverse();
                v
            } else {
                s.splitn(max.saturating_add(1), sep)
                    .map(str::to_string)
                    .collect()
            };
            Ok(parts)
        }
        None => {
            let mut out = Vec::new();
            if from_right {
                let mut rest = s.trim_end();
                while !rest.is_empty() {
                    if out.len() == max {
                        out.push(rest.to_string());
                        break;
                    }
                    match rest.rfind(char::is_whitespace) {
                        Some(p) => {
                            let ch = rest[p..].chars().next().map(char::len_utf8).unwrap_or(1);
                            out.push(rest[p + ch..].to_string());
                            rest = rest[..p].trim_end();
                        }
                        None => {
                            out.push(rest.to_string());
                            break;
                        }
                    }
                }
                out.reverse();
            } else {
                let mut rest = s.trim_start();
                while !rest.is_empty() {
                    if out.len() == max {
                        out.push(rest.to_string());
                        break;
                    }
                    match rest.find(char::is_whitespace) {
                        Some(p) => {
                            out.push(rest[..p].to_string());
                            rest = rest[p..].trim_start();
                        }
                        None => {
                            out.push(rest.to_string());
                            break;
                        }
                    }
                }
            }
            Ok(out)
        }
    }
}

/// `float.as_integer_ratio()`: the exact fraction in lowest terms, denominator a power of two.
fn float_ratio(f: f64) -> PyResult<(num_bigint::BigInt, num_bigint::BigInt)> {
    if f.is_nan() {
        return Err(exc(Ty::ValueError, "cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(exc(
            Ty::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if f == 0.0 {
        return Ok((0.into(), 1.into()));
    }
    let bits = f.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    // Normal numbers have the implicit leading 1; subnormals use exponent 1 without it.
    let (mut mantissa, mut exp) = if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), exponent - 1075)
    };
    let shift = mantissa.trailing_zeros().min(exp.unsigned_abs() as u32);
    if exp < 0 {
        mantissa >>= shift;
        exp += shift as i64;
    }
    let mut n = num_bigint::BigInt::from(mantissa);
    if f < 0.0 {
        n = -n;
    }
    if exp >= 0 {
        Ok((n << exp as usize, 1.into()))
    } else {
        Ok((n, num_bigint::BigInt::from(1) << (-exp) as usize))
    }
}
