//! `str.maketrans` and `str.translate`: character mapping tables as CPython builds and applies them.

use crate::error::{type_error, value_error, Exc, PyResult};
use crate::heap::Obj;
use crate::interp::Vm;
use crate::types::Ty;
use crate::value::Value;

impl Vm {
    /// `str.maketrans(x[, y[, z]])`: a dict from code points to str, int or None.
    pub(crate) fn str_maketrans(&mut self, args: &[Value]) -> PyResult<Value> {
        let table = self.new_dict();
        match args {
            [mapping] => {
                let pairs: Vec<(Value, Value)> = match mapping {
                    Value::Obj(h) => match self.heap.get(*h) {
                        Obj::Dict(d) => d.iter().map(|(_, k, v)| (k, v)).collect(),
                        _ => {
                            return Err(type_error(
                                "if you give only one argument to maketrans it must be a dict",
                            ))
                        }
                    },
                    _ => {
                        return Err(type_error(
                            "if you give only one argument to maketrans it must be a dict",
                        ))
                    }
                };
                for (k, v) in pairs {
                    let key = match (k, self.str_ref(k)) {
                        (_, Some(s)) => {
                            let mut cs = s.chars();
                            match (cs.next(), cs.next()) {
                                (Some(c), None) => Value::Int(c as i64),
                                _ => {
                                    return Err(value_error(
                                        "string keys in translate table must be of length 1",
                                    ))
                                }
                            }
                        }
                        (Value::Int(i), None) => Value::Int(i),
                        _ => {
                            return Err(type_error(
                                "keys in translate table must be strings or integers",
                            ))
                        }
                    };
                    self.dict_set(table, key, v)?;
                }
            }
            [from, to, rest @ ..] if rest.len() <= 1 => {
                let (Some(from), Some(to)) = (self.str_ref(*from), self.str_ref(*to)) else {
                    return Err(type_error("maketrans() argument must be str"));
                };
                let from: Vec<char> = from.chars().collect();
                let to: Vec<char> = to.chars().collect();
                if from.len() != to.len() {
                    return Err(value_error(
                        "the first two maketrans arguments must have equal length",
                    ));
                }
                let deleted: Vec<char> = match rest.first() {
                    Some(z) => match self.str_ref(*z) {
                        Some(z) => z.chars().collect(),
                        None => return Err(type_error("maketrans() argument 3 must be str")),
                    },
                    None => Vec::new(),
                };
                self.charge_fuel((from.len() + deleted.len()) as u64)?;
                for (a, b) in from.into_iter().zip(to) {
                    self.dict_set(table, Value::Int(a as i64), Value::Int(b as i64))?;
                }
                for c in deleted {
                    self.dict_set(table, Value::Int(c as i64), Value::None)?;
                }
            }
            _ => {
                return Err(type_error(format!(
                    "maketrans() takes from 1 to 3 positional arguments but {} were given",
                    args.len()
                )))
            }
        }
        Ok(table)
    }

    /// `s.translate(table)`: each character looked up by code point in `table` (any object with
    /// `__getitem__`); a missing entry keeps the character, None deletes it.
    pub(crate) fn str_translate(&mut self, s: &str, table: Value) -> PyResult<Value> {
        let mut out = String::with_capacity(s.len());
        self.charge_fuel(s.len() as u64)?;
        for c in s.chars() {
            let mapped = match self.getitem(table, Value::Int(c as i64)) {
                Ok(v) => v,
                Err(e) => match self.lookup_error(e) {
                    Ok(()) => {
                        out.push(c);
                        continue;
                    }
                    Err(e) => return Err(e),
                },
            };
            match mapped {
                Value::None => {}
                Value::Int(i) => match u32::try_from(i).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(value_error("character mapping must be in range(0x110000)"))
                    }
                },
                v => match self.str_ref(v) {
                    Some(t) => out.push_str(t),
                    None => {
                        return Err(type_error(
                            "character mapping must return integer, None or str",
                        ))
                    }
                },
            }
        }
        self.heap
            .check_room(out.len())
            .map_err(|_| crate::error::memory_limit())?;
        Ok(self.new_str(out))
    }

    /// Ok when `e` is a LookupError (KeyError, IndexError: a table's "no mapping"), else `e` back.
    fn lookup_error(&mut self, e: Exc) -> PyResult<()> {
        let is_lookup = match &e {
            Exc::New(ty, _) | Exc::Args(ty, _) => ty.mro().contains(&Ty::LookupError),
            Exc::Obj(v) | Exc::Reraise(v) => self.isinstance(*v, Ty::LookupError.handle()),
            _ => false,
        };
        if is_lookup {
            Ok(())
        } else {
            Err(e)
        }
    }
}
