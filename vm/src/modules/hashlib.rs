//! `hashlib`: md5, sha1, the SHA-2 and SHA-3 families and BLAKE2 (with `digest_size`) over bytes (RustCrypto),
//! with CPython's object API (`update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size`, `block_size`).

use blake2::digest::{Update, VariableOutput};
use blake2::{Blake2bVar, Blake2sVar};
use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};
use sha3::{Sha3_224, Sha3_256, Sha3_384, Sha3_512};

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
    ("sha3_224", sha3_224),
    ("sha3_256", sha3_256),
    ("sha3_384", sha3_384),
    ("sha3_512", sha3_512),
    ("blake2b", blake2b),
    ("blake2s", blake2s),
    ("new", new),
];

pub const METHODS: &[&str] = &["update", "digest", "hexdigest", "copy"];

const NAMES: &[&str] = &[
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
    "sha3_512", "blake2b", "blake2s",
];

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
    Sha3_224(Sha3_224),
    Sha3_256(Sha3_256),
    Sha3_384(Sha3_384),
    Sha3_512(Sha3_512),
    Blake2b(Blake2bVar),
    Blake2s(Blake2sVar),
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
            "sha3_224" => HashObj::Sha3_224(Sha3_224::new()),
            "sha3_256" => HashObj::Sha3_256(Sha3_256::new()),
            "sha3_384" => HashObj::Sha3_384(Sha3_384::new()),
            "sha3_512" => HashObj::Sha3_512(Sha3_512::new()),
            "blake2b" => HashObj::Blake2b(Blake2bVar::new(64).ok()?),
            "blake2s" => HashObj::Blake2s(Blake2sVar::new(32).ok()?),
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
            HashObj::Sha3_224(_) => "sha3_224",
            HashObj::Sha3_256(_) => "sha3_256",
            HashObj::Sha3_384(_) => "sha3_384",
            HashObj::Sha3_512(_) => "sha3_512",
            HashObj::Blake2b(_) => "blake2b",
            HashObj::Blake2s(_) => "blake2s",
        }
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            HashObj::Md5(h) => Digest::update(h, data),
            HashObj::Sha1(h) => Digest::update(h, data),
            HashObj::Sha224(h) => Digest::update(h, data),
            HashObj::Sha256(h) => Digest::update(h, data),
            HashObj::Sha384(h) => Digest::update(h, data),
            HashObj::Sha512(h) => Digest::update(h, data),
            HashObj::Sha3_224(h) => Digest::update(h, data),
            HashObj::Sha3_256(h) => Digest::update(h, data),
            HashObj::Sha3_384(h) => Digest::update(h, data),
            HashObj::Sha3_512(h) => Digest::update(h, data),
            HashObj::Blake2b(h) => Update::update(h, data),
            HashObj::Blake2s(h) => Update::update(h, data),
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
            HashObj::Sha3_224(h) => h.finalize().to_vec(),
            HashObj::Sha3_256(h) => h.finalize().to_vec(),
            HashObj::Sha3_384(h) => h.finalize().to_vec(),
            HashObj::Sha3_512(h) => h.finalize().to_vec(),
            HashObj::Blake2b(h) => h.finalize_boxed().to_vec(),
            HashObj::Blake2s(h) => h.finalize_boxed().to_vec(),
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
            HashObj::Sha3_224(_) => (28, 144),
            HashObj::Sha3_256(_) => (32, 136),
            HashObj::Sha3_384(_) => (48, 104),
            HashObj::Sha3_512(_) => (64, 72),
            HashObj::Blake2b(h) => (h.output_size() as i64, 128),
            HashObj::Blake2s(h) => (h.output_size() as i64, 64),
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

fn sha3_224(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    make(vm, HashObj::Sha3_224(Sha3_224::new()), "sha3_224", args, kw)
}
fn sha3_256(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    make(vm, HashObj::Sha3_256(Sha3_256::new()), "sha3_256", args, kw)
}
fn sha3_384(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    make(vm, HashObj::Sha3_384(Sha3_384::new()), "sha3_384", args, kw)
}
fn sha3_512(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    make(vm, HashObj::Sha3_512(Sha3_512::new()), "sha3_512", args, kw)
}

/// `blake2b(data, *, digest_size=64)` / `blake2s(data, *, digest_size=32)`: the digest size is the only
/// parameter supported; keyed hashing, salt and personalisation are refused with a TypeError.
fn blake2(
    vm: &mut Vm,
    func: &str,
    max_size: i64,
    args: &[Value],
    kw: &[(String, Value)],
) -> PyResult<Value> {
    let mut size = max_size;
    let mut rest = Vec::new();
    for (k, v) in kw {
        match k.as_str() {
            "digest_size" => match *v {
                Value::Int(n) if (1..=max_size).contains(&n) => size = n,
                Value::Int(_) => {
                    return Err(value_error(format!(
                        "digest_size must be between 1 and {max_size} bytes"
                    )))
                }
                other => {
                    return Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(other)
                    )))
                }
            },
            "key" | "salt" | "person" | "fanout" | "depth" | "leaf_size" | "node_offset"
            | "node_depth" | "inner_size" | "last_node" => {
                return Err(type_error(format!(
                "{func}() argument '{k}' is not supported by nPython (only data and digest_size)"
            )))
            }
            _ => rest.push((k.clone(), *v)),
        }
    }
    let h = if func == "blake2b" {
        Blake2bVar::new(size as usize).map(HashObj::Blake2b)
    } else {
        Blake2sVar::new(size as usize).map(HashObj::Blake2s)
    }
    .map_err(|_| value_error("invalid digest_size"))?;
    make(vm, h, func, args, &rest)
}

fn blake2b(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    blake2(vm, "blake2b", 64, args, kw)
}
fn blake2s(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    blake2(vm, "blake2s", 32, args, kw)
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
