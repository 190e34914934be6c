//! `hashlib`: md5, sha1 and the SHA-2 family over bytes (RustCrypto), with CPython's object API
//! (`update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size`, `block_size`).

use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};

use crate::builtins::arity;
use crate::error::{exc, type_error, value_error, PyResult};
use crate::heap::Obj;
use crate::interp::{NativeFn, Vm};
use crate::types::Ty;
use crate::value::Value;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("md5", md5),
    ("sha1", sha1),
    ("sha224", sha224),
    ("sha256", sha256),
    ("sha384", sha384),
    ("sha512", sha512),
    ("new", new),
];

pub const METHODS: &[&str] = &["update", "digest", "hexdigest", "copy"];

const NAMES: &[&str] = &["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let names: Vec<Value> = NAMES.iter().map(|n| vm.new_str(*n)).collect();
    let guaranteed = vm.new_tuple(names.clone());
    let available = vm.new_tuple(names);
    vec![
        ("algorithms_guaranteed", guaranteed),
        ("algorithms_available", available),
    ]
}

/// A running hash.
#[derive(Clone, Debug)]
pub enum HashObj {
    Md5(Md5),
    Sha1(Sha1),
    Sha224(Sha224),
    Sha256(Sha256),
    Sha384(Sha384),
    Sha512(Sha512),
}

impl HashObj {
    fn named(name: &str) -> Option<HashObj> {
        Some(match name.to_ascii_lowercase().as_str() {
            "md5" => HashObj::Md5(Md5::new()),
            "sha1" => HashObj::Sha1(Sha1::new()),
            "sha224" => HashObj::Sha224(Sha224::new()),
            "sha256" => HashObj::Sha256(Sha256::new()),
            "sha384" => HashObj::Sha384(Sha384::new()),
            "sha512" => HashObj::Sha512(Sha512::new()),
            _ => return None,
        })
    }

    pub fn name(&self) -> &'static str {
        match self {
            HashObj::Md5(_) => "md5",
            HashObj::Sha1(_) => "sha1",
            HashObj::Sha224(_) => "sha224",
            HashObj::Sha256(_) => "sha256",
            HashObj::Sha384(_) => "sha384",
            HashObj::Sha512(_) => "sha512",
        }
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            HashObj::Md5(h) => h.update(data),
            HashObj::Sha1(h) => h.update(data),
            HashObj::Sha224(h) => h.update(data),
            HashObj::Sha256(h) => h.update(data),
            HashObj::Sha384(h) => h.update(data),
            HashObj::Sha512(h) => h.update(data),
        }
    }

    /// The digest so far (the running state is kept, as CPython's `digest()` does).
    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            HashObj::Md5(h) => h.finalize().to_vec(),
            HashObj::Sha1(h) => h.finalize().to_vec(),
            HashObj::Sha224(h) => h.finalize().to_vec(),
            HashObj::Sha256(h) => h.finalize().to_vec(),
            HashObj::Sha384(h) => h.finalize().to_vec(),
            HashObj::Sha512(h) => h.finalize().to_vec(),
        }
    }

    fn sizes(&self) -> (i64, i64) {
        match self {
            HashObj::Md5(_) => (16, 64),
            HashObj::Sha1(_) => (20, 64),
            HashObj::Sha224(_) => (28, 64),
            HashObj::Sha256(_) => (32, 64),
            HashObj::Sha384(_) => (48, 128),
            HashObj::Sha512(_) => (64, 128),
        }
    }
}

/// The bytes to hash: bytes only, as in CPython (str must be encoded first).
fn data_arg(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.bytes_ref(v) {
        return Ok(b.to_vec());
    }
    if vm.str_ref(v).is_some() {
        return Err(type_error("Strings must be encoded before hashing"));
    }
    Err(type_error(format!(
        "object supporting the buffer API required, not '{}'",
        vm.type_name(v)
    )))
}

fn make(
    vm: &mut Vm,
    mut h: HashObj,
    func: &str,
    args: &[Value],
    kw: &[(String, Value)],
) -> PyResult<Value> {
    arity(func, args, 0, 1)?;
    let mut data = args.first().copied();
    for (k, v) in kw {
        match k.as_str() {
            "data" | "string" => data = Some(*v),
            // Accepted for compatibility: it changes nothing here.
            "usedforsecurity" => {}
            _ => {
                return Err(type_error(format!(
                    "{func}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    if let Some(d) = data {
        let bytes = data_arg(vm, d)?;
        vm.charge_fuel(bytes.len() as u64 / 64)?;
        h.update(&bytes);
    }
    Ok(Value::Obj(vm.heap.alloc(Obj::Hash(Box::new(h)))))
}

fn md5(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    make(vm, HashObj::Md5(Md5::new()), "md5", args, kw)
}
fn sha1(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    make(vm, HashObj::Sha1(Sha1::new()), "sha1", args, kw)
}
fn sha224(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    make(vm, HashObj::Sha224(Sha224::new()), "sha224", args, kw)
}
fn sha256(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    make(vm, HashObj::Sha256(Sha256::new()), "sha256", args, kw)
}
fn sha384(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    make(vm, HashObj::Sha384(Sha384::new()), "sha384", args, kw)
}
fn sha512(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    make(vm, HashObj::Sha512(Sha512::new()), "sha512", args, kw)
}

fn new(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(type_error("new() missing required argument 'name' (pos 1)"));
    }
    let Some(name) = vm.str_ref(args[0]).map(str::to_string) else {
        return Err(type_error(format!(
            "new() argument 'name' must be str, not {}",
            vm.type_name(args[0])
        )));
    };
    let Some(h) = HashObj::named(&name) else {
        return Err(value_error(format!("unsupported hash type {name}")));
    };
    make(vm, h, "new", &args[1..], kw)
}

impl Vm {
    fn hash_state(&self, recv: Value) -> PyResult<HashObj> {
        match recv {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Hash(s) => Ok((**s).clone()),
                _ => Err(crate::interp::internal("not a hash")),
            },
            _ => Err(crate::interp::internal("not a hash")),
        }
    }

    pub(crate) fn hash_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        crate::builtins::no_kw(name, kw)?;
        match name {
            "update" => {
                arity("update", args, 1, 1)?;
                let bytes = data_arg(self, args[0])?;
                self.charge_fuel(bytes.len() as u64 / 64)?;
                if let Value::Obj(h) = recv {
                    if let Obj::Hash(s) = self.heap.get_mut(h) {
                        s.update(&bytes);
                    }
                }
                Ok(Value::None)
            }
            "digest" => {
                arity("digest", args, 0, 0)?;
                let d = self.hash_state(recv)?.digest();
                Ok(self.new_bytes(d))
            }
            "hexdigest" => {
                arity("hexdigest", args, 0, 0)?;
                let d = self.hash_state(recv)?.digest();
                let hex: String = d.iter().map(|b| format!("{b:02x}")).collect();
                Ok(self.new_str(hex))
            }
            "copy" => {
                arity("copy", args, 0, 0)?;
                let s = self.hash_state(recv)?;
                Ok(Value::Obj(self.heap.alloc(Obj::Hash(Box::new(s)))))
            }
            _ => Err(exc(
                Ty::AttributeError,
                format!("'_hashlib.HASH' object has no attribute '{name}'"),
            )),
        }
    }

    pub(crate) fn hash_getattr(&mut self, recv: Value, name: &str) -> PyResult<Option<Value>> {
        let s = self.hash_state(recv)?;
        let (digest_size, block_size) = s.sizes();
        Ok(Some(match name {
            "name" => self.new_str(s.name()),
            "digest_size" => Value::Int(digest_size),
            "block_size" => Value::Int(block_size),
            _ => return Ok(None),
        }))
    }
}
