//! Host data crossing into and out of a VM: job inputs become Python values, results come back as data.
//!
//! The VM does not know JSON; the host converts its own representation to and from `Data` (defined in
//! `npython-host`, re-exported here).

pub use npython_host::Data;
use num_traits::ToPrimitive;

use crate::heap::Obj;
use crate::interp::Vm;
use crate::value::Value;

impl Vm {
    /// Builds a Python value from host data.
    pub fn from_data(&mut self, d: &Data) -> Value {
        match d {
            Data::None => Value::None,
            Data::Bool(b) => Value::Bool(*b),
            Data::Int(i) => Value::Int(*i),
            Data::BigInt(s) => match s.parse::<num_bigint::BigInt>() {
                Ok(b) => self.bigint(b),
                Err(_) => Value::None,
            },
            Data::Float(f) => Value::Float(*f),
            Data::Str(s) => self.new_str(s.as_str()),
            Data::List(items) => {
                let vals = items.iter().map(|x| self.from_data(x)).collect();
                self.new_list(vals)
            }
            Data::Dict(pairs) => {
                let d = self.new_dict();
                for (k, v) in pairs {
                    let key = self.new_str(k.as_str());
                    let val = self.from_data(v);
                    // Keys are fresh strings, hashable by construction.
                    let _ = self.dict_set(d, key, val);
                }
                d
            }
            Data::Bytes(b) => self.new_bytes(b.clone()),
        }
    }

    /// Converts a value to host data where `json.dumps` would accept it (tuples as lists, dict keys that are
    /// str, int, float, bool or None); None when it cannot be represented (the caller falls back to repr).
    pub fn to_data(&mut self, v: Value) -> Option<Data> {
        self.data_at_depth(v, 0)
    }

    fn data_at_depth(&mut self, v: Value, depth: usize) -> Option<Data> {
        if depth > crate::object::MAX_NESTING {
            return None;
        }
        Some(match v.plain() {
            Value::None => Data::None,
            Value::Bool(b) => Data::Bool(b),
            Value::Int(i) => Data::Int(i),
            Value::Float(f) => Data::Float(f),
            Value::Undef | Value::Native(_) | Value::Builder(_) => return None,
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Str(s) => Data::Str(s.s.to_string()),
                Obj::Bytes(b) => Data::Bytes(b.to_vec()),
                Obj::BigInt(b) => match b.to_i64() {
                    Some(i) => Data::Int(i),
                    None => Data::BigInt(b.to_string()),
                },
                Obj::List(_) | Obj::Tuple(_) => {
                    let items = self.seq_items(v);
                    let mut out = Vec::with_capacity(items.len());
                    for x in items {
                        out.push(self.data_at_depth(x, depth + 1)?);
                    }
                    Data::List(out)
                }
                Obj::Dict(d) => {
                    let pairs: Vec<(Value, Value)> = d.iter().map(|(_, k, v)| (k, v)).collect();
                    let mut out = Vec::with_capacity(pairs.len());
                    for (k, x) in pairs {
                        let key = match k {
                            Value::Obj(_) => self.str_ref(k)?.to_string(),
                            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => {
                                self.str_of(k).ok()?
                            }
                            _ => return None,
                        };
                        let key = match k {
                            Value::None => "null".to_string(),
                            Value::Bool(true) => "true".to_string(),
                            Value::Bool(false) => "false".to_string(),
                            _ => key,
                        };
                        out.push((key, self.data_at_depth(x, depth + 1)?));
                    }
                    Data::Dict(out)
                }
                _ => return None,
            },
        })
    }
}
