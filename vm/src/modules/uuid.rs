//! `uuid`: UUID objects, random `uuid4()` drawn from the job's seeded stream (reproducible, no host
//! entropy), and the name-based `uuid3`/`uuid5`, which are deterministic anyway.

use md5::Md5;
use sha1::Sha1;
use sha2::Digest;

use crate::builtins::{arity, no_kw};
use crate::error::{exc, type_error, value_error, PyResult};
use crate::heap::Obj;
use crate::interp::{NativeFn, Vm};
use crate::types::Ty;
use crate::value::Value;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("uuid4", uuid4),
    ("uuid3", uuid3),
    ("uuid5", uuid5),
    ("UUID", make_uuid),
];

pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    const NAMESPACES: [(&str, u128); 4] = [
        ("NAMESPACE_DNS", 0x6ba7b810_9dad_11d1_80b4_00c04fd430c8),
        ("NAMESPACE_URL", 0x6ba7b811_9dad_11d1_80b4_00c04fd430c8),
        ("NAMESPACE_OID", 0x6ba7b812_9dad_11d1_80b4_00c04fd430c8),
        ("NAMESPACE_X500", 0x6ba7b814_9dad_11d1_80b4_00c04fd430c8),
    ];
    let mut out: Vec<(&'static str, Value)> = NAMESPACES
        .iter()
        .map(|(n, u)| (*n, vm.new_uuid(*u)))
        .collect();
    for (name, text) in VARIANTS {
        out.push((name, vm.new_str(text)));
    }
    out
}

/// The variant names `UUID.variant` returns, as module constants (`u.variant == uuid.RFC_4122`).
const VARIANTS: [(&str, &str); 4] = [
    ("RESERVED_NCS", "reserved for NCS compatibility"),
    ("RFC_4122", "specified in RFC 4122"),
    ("RESERVED_MICROSOFT", "reserved for Microsoft compatibility"),
    ("RESERVED_FUTURE", "reserved for future definition"),
];

/// The canonical 8-4-4-4-12 form.
pub fn canonical(u: u128) -> String {
    let h = format!("{u:032x}");
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

/// Sets the version and RFC 4122 variant bits.
fn stamp(u: u128, version: u128) -> u128 {
    let u = u & !(0xf000u128 << 64) | (version << 76);
    u & !(0xc000u128 << 48) | (0x8000u128 << 48)
}

impl Vm {
    pub(crate) fn new_uuid(&mut self, u: u128) -> Value {
        Value::Obj(self.heap.alloc(Obj::Uuid(Box::new(u))))
    }

    pub(crate) fn uuid_value(&self, v: Value) -> Option<u128> {
        match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Uuid(u) => Some(**u),
                _ => None,
            },
            _ => None,
        }
    }

    /// 128 bits from the job's uuid stream: SplitMix64 over the job's seed, kept apart from `random`'s
    /// generator so that creating ids does not change the numbers `random` gives.
    fn next_uuid_bits(&mut self) -> u128 {
        let mut next = || {
            self.uuid_counter = self.uuid_counter.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = self.random_seed ^ 0x5555_aaaa_0f0f_f0f0 ^ self.uuid_counter;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        };
        ((next() as u128) << 64) | next() as u128
    }

    pub(crate) fn uuid_getattr(&mut self, v: Value, name: &str) -> PyResult<Option<Value>> {
        let Some(u) = self.uuid_value(v) else {
            return Ok(None);
        };
        Ok(Some(match name {
            "hex" => self.new_str(format!("{u:032x}")),
            "int" => {
                let b = num_bigint::BigInt::from(u);
                self.bigint(b)
            }
            // Only RFC 4122 UUIDs have a version.
            "version" if (u >> 62) & 0b11 == 0b10 => Value::Int(((u >> 76) & 0xf) as i64),
            "version" => Value::None,
            "bytes" => self.new_bytes(u.to_be_bytes().to_vec()),
            "urn" => self.new_str(format!("urn:uuid:{}", canonical(u))),
            "variant" => self.new_str(match (u >> 61) & 0b111 {
                0..=3 => VARIANTS[0].1,
                4 | 5 => VARIANTS[1].1,
                6 => VARIANTS[2].1,
                _ => VARIANTS[3].1,
            }),
            _ => return Ok(None),
        }))
    }
}

fn uuid4(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("uuid4", kw)?;
    arity("uuid4", args, 0, 0)?;
    let u = stamp(vm.next_uuid_bits(), 4);
    Ok(vm.new_uuid(u))
}

fn name_based(
    vm: &mut Vm,
    func: &str,
    args: &[Value],
    kw: &[(String, Value)],
    version: u128,
) -> PyResult<Value> {
    no_kw(func, kw)?;
    arity(func, args, 2, 2)?;
    let Some(ns) = vm.uuid_value(args[0]) else {
        return Err(type_error(format!(
            "{func}() namespace must be a UUID, not {}",
            vm.type_name(args[0])
        )));
    };
    let name: Vec<u8> = match (vm.str_ref(args[1]), vm.bytes_ref(args[1])) {
        (Some(s), _) => s.as_bytes().to_vec(),
        (None, Some(b)) => b.to_vec(),
        _ => {
            return Err(type_error(format!(
                "{func}() name must be str or bytes, not {}",
                vm.type_name(args[1])
            )))
        }
    };
    let mut input = ns.to_be_bytes().to_vec();
    input.extend_from_slice(&name);
    let digest: Vec<u8> = if version == 3 {
        Md5::digest(&input).to_vec()
    } else {
        Sha1::digest(&input).to_vec()
    };
    let mut first = [0u8; 16];
    first.copy_from_slice(&digest[..16]);
    let u = stamp(u128::from_be_bytes(first), version);
    Ok(vm.new_uuid(u))
}

fn uuid3(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    name_based(vm, "uuid3", args, kw, 3)
}

fn uuid5(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    name_based(vm, "uuid5", args, kw, 5)
}

/// `uuid.UUID('12345678-1234-5678-1234-567812345678')` (also with braces, `urn:uuid:`, or bare hex), or
/// `UUID(hex=...)`, `UUID(int=...)`.
fn make_uuid(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    arity("UUID", args, 0, 1)?;
    let mut hex = args.first().copied();
    let mut int = None;
    for (k, v) in kw {
        match k.as_str() {
            "hex" => hex = Some(*v),
            "int" => int = Some(*v),
            _ => {
                return Err(type_error(format!(
                    "UUID() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    if let Some(i) = int {
        let text = vm.str_of(i)?;
        return match text.parse::<u128>() {
            Ok(u) => Ok(vm.new_uuid(u)),
            Err(_) => Err(value_error("int is out of range (need a 128-bit value)")),
        };
    }
    let Some(h) = hex else {
        return Err(type_error(
            "one of the hex, bytes, bytes_le, fields, or int arguments must be given",
        ));
    };
    let Some(text) = vm.str_ref(h) else {
        return Err(exc(
            Ty::TypeError,
            format!("UUID() hex must be str, not {}", vm.type_name(h)),
        ));
    };
    let t = text.replace("urn:", "").replace("uuid:", "");
    let t = t.trim_matches(|c| c == '{' || c == '}').replace('-', "");
    if t.len() != 32 || !t.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(value_error("badly formed hexadecimal UUID string"));
    }
    match u128::from_str_radix(&t, 16) {
        Ok(u) => Ok(vm.new_uuid(u)),
        Err(_) => Err(value_error("badly formed hexadecimal UUID string")),
    }
}
