//! The structural tests of `match` statements: sequence, mapping and class patterns. The compiler turns
//! every other pattern (literals, captures, values, `|`, `as`, guards) into ordinary comparisons and
//! stores; these three need to look inside the subject, which one instruction each does here.

use crate::error::{type_error, PyResult};
use crate::heap::Obj;
use crate::interp::Vm;
use crate::types::Ty;
use crate::value::Value;

impl Vm {
    /// See `Op::MatchSequence`.
    pub(crate) fn match_sequence(
        &mut self,
        subject: Value,
        n: usize,
        star: u16,
    ) -> PyResult<Value> {
        let Value::Obj(h) = subject else {
            return Ok(Value::None);
        };
        // Sequences for `match` are list, tuple and range (str, bytes and mappings never are).
        let items = match self.heap.get(h) {
            Obj::List(_) | Obj::Tuple(_) => self.seq_items(subject),
            Obj::Range { .. } => self.collect_iterable(subject)?,
            _ => return Ok(Value::None),
        };
        self.charge_fuel(items.len() as u64 / 8)?;
        if star == u16::MAX {
            if items.len() != n {
                return Ok(Value::None);
            }
            return Ok(self.new_list(items));
        }
        let star = star as usize;
        if items.len() + 1 < n {
            return Ok(Value::None);
        }
        let after = n - star - 1;
        let middle_end = items.len() - after;
        let middle = self.new_list(items[star..middle_end].to_vec());
        let mut out = Vec::with_capacity(n);
        out.extend_from_slice(&items[..star]);
        out.push(middle);
        out.extend_from_slice(&items[middle_end..]);
        Ok(self.new_list(out))
    }

    /// See `Op::MatchMapping`.
    pub(crate) fn match_mapping(
        &mut self,
        subject: Value,
        keys: Value,
        n: usize,
        rest: bool,
    ) -> PyResult<Value> {
        let is_dict = matches!(subject, Value::Obj(h) if matches!(self.heap.get(h), Obj::Dict(_)));
        if !is_dict {
            return Ok(Value::None);
        }
        let keys = self.seq_items(keys);
        if keys.len() != n {
            return Err(crate::interp::internal("mapping pattern key count"));
        }
        for (i, k) in keys.iter().enumerate() {
            for earlier in &keys[..i] {
                if self.eq(*earlier, *k)? {
                    let r = self.repr(*k)?;
                    return Err(crate::error::value_error(format!(
                        "mapping pattern checks duplicate key ({r})"
                    )));
                }
            }
        }
        let mut out = Vec::with_capacity(n + 1);
        for k in &keys {
            match self.dict_get(subject, *k)? {
                Some(v) => out.push(v),
                None => return Ok(Value::None),
            }
        }
        if rest {
            let copy = self.dict_copy(subject)?;
            for k in &keys {
                self.dict_remove(copy, *k)?;
            }
            out.push(copy);
        }
        Ok(self.new_list(out))
    }

    /// See `Op::MatchClass`.
    pub(crate) fn match_class(
        &mut self,
        subject: Value,
        class: Value,
        npos: usize,
        names: Value,
    ) -> PyResult<Value> {
        let Value::Obj(ch) = class else {
            return Err(type_error("called match pattern must be a class"));
        };
        if !matches!(self.heap.get(ch), Obj::Type(_)) {
            return Err(type_error("called match pattern must be a class"));
        }
        if !self.isinstance(subject, ch) {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        if npos > 0 {
            let self_matching = matches!(
                Ty::from_handle(ch),
                Some(
                    Ty::Bool
                        | Ty::Bytes
                        | Ty::Dict
                        | Ty::Float
                        | Ty::FrozenSet
                        | Ty::Int
                        | Ty::List
                        | Ty::Set
                        | Ty::Str
                        | Ty::Tuple
                )
            );
            let class_name = self.class_name(ch).to_string();
            if self_matching {
                if npos > 1 {
                    return Err(type_error(format!(
                        "{class_name}() accepts 1 positional sub-pattern ({npos} given)"
                    )));
                }
                out.push(subject);
            } else {
                let args = self.match_args(ch)?;
                if npos > args.len() {
                    return Err(type_error(format!(
                        "{class_name}() accepts {} positional sub-pattern{} ({npos} given)",
                        args.len(),
                        if args.len() == 1 { "" } else { "s" }
                    )));
                }
                for name in &args[..npos] {
                    match self.match_attr(subject, name)? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        for name in self.seq_items(names) {
            let Some(name) = self.str_ref(name).map(str::to_string) else {
                continue;
            };
            match self.match_attr(subject, &name)? {
                Some(v) => out.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_list(out))
    }

    /// `subject.name`, or None when it has no such attribute (the pattern does not match).
    fn match_attr(&mut self, subject: Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_attribute_error(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// A class's `__match_args__` (a dataclass gets its `__init__` fields there, as in CPython).
    fn match_args(&mut self, class: crate::heap::Handle) -> PyResult<Vec<String>> {
        let Some(source) = self.class_lookup(class, "__match_args__") else {
            return Ok(Vec::new());
        };
        let mut names = Vec::new();
        for v in self.collect_iterable(source)? {
            match self.str_ref(v) {
                Some(s) => names.push(s.to_string()),
                None => {
                    return Err(type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        self.type_name(v)
                    )))
                }
            }
        }
        Ok(names)
    }
}
