//! `base64`: standard and URL-safe Base64, Base32 (and its extended-hex alphabet), and Base16, over bytes,
//! with CPython's padding rules and error messages. Malformed input raises `binascii.Error` (a ValueError,
//! printed as CPython prints it); scripts catch it as ValueError, since `binascii` is not importable.

use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;

use crate::builtins::arity;
use crate::error::{exc, type_error, value_error, PyResult};
use crate::types::Ty;

/// `binascii.Error`, the ValueError malformed input raises.
fn binascii_error(msg: impl Into<String>) -> crate::error::Exc {
    exc(Ty::BinasciiError, msg.into())
}
use crate::interp::{NativeFn, Vm};
use crate::value::Value;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("b64encode", b64encode),
    ("b64decode", b64decode),
    ("standard_b64encode", b64encode),
    ("standard_b64decode", b64decode),
    ("urlsafe_b64encode", urlsafe_b64encode),
    ("urlsafe_b64decode", urlsafe_b64decode),
    ("b16encode", b16encode),
    ("b16decode", b16decode),
    ("b32encode", b32encode),
    ("b32decode", b32decode),
    ("b32hexencode", b32hexencode),
    ("b32hexdecode", b32hexdecode),
];

const B32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B32HEX: &[u8; 32] = b"0123456789ABCDEFGHIJKLMNOPQRSTUV";

const CONFIG: GeneralPurposeConfig = GeneralPurposeConfig::new()
    .with_encode_padding(true)
    .with_decode_padding_mode(DecodePaddingMode::RequireCanonical)
    .with_decode_allow_trailing_bits(true);
const STANDARD: GeneralPurpose = GeneralPurpose::new(&alphabet::STANDARD, CONFIG);
const URL_SAFE: GeneralPurpose = GeneralPurpose::new(&alphabet::URL_SAFE, CONFIG);

/// Input to encode: bytes only (CPython refuses str).
fn bytes_in(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.bytes_ref(v) {
        Some(b) => Ok(b.to_vec()),
        None => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// Input to decode: bytes, or a str of ASCII characters.
fn ascii_in(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = vm.str_ref(v) {
        if !s.is_ascii() {
            return Err(value_error(
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(s.as_bytes().to_vec());
    }
    match vm.bytes_ref(v) {
        Some(b) => Ok(b.to_vec()),
        None => Err(type_error(format!(
            "argument should be a bytes-like object or ASCII string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn one_arg<'a>(func: &str, args: &'a [Value], kw: &[(String, Value)]) -> PyResult<&'a [Value]> {
    crate::builtins::no_kw(func, kw)?;
    arity(func, args, 1, 1)?;
    Ok(args)
}

fn encode_with(vm: &mut Vm, engine: &GeneralPurpose, v: Value) -> PyResult<Value> {
    let data = bytes_in(vm, v)?;
    vm.charge_fuel(data.len() as u64 / 32)?;
    let text = engine.encode(data);
    Ok(vm.new_bytes(text.into_bytes()))
}

/// Decodes like `binascii.a2b_base64` without `strict_mode`: characters outside the alphabet are
/// skipped, and the padding must complete the last quantum.
fn decode_with(
    vm: &mut Vm,
    engine: &GeneralPurpose,
    url: bool,
    v: Value,
    validate: bool,
) -> PyResult<Value> {
    let raw = ascii_in(vm, v)?;
    vm.charge_fuel(raw.len() as u64 / 32)?;
    let in_alphabet = |c: u8| {
        c.is_ascii_alphanumeric()
            || c == b'='
            || if url {
                c == b'-' || c == b'_'
            } else {
                c == b'+' || c == b'/'
            }
    };
    if validate && !raw.iter().all(|&c| in_alphabet(c)) {
        return Err(binascii_error("Only base64 data is allowed"));
    }
    let mut data: Vec<u8> = raw.into_iter().filter(|&c| in_alphabet(c)).collect();
    // Data after the first complete padding is ignored, as binascii does.
    if let Some(first_pad) = data.iter().position(|&c| c == b'=') {
        let quantum_end = first_pad.div_ceil(4) * 4;
        let pads_needed = quantum_end - first_pad;
        let have = data[first_pad..].iter().take_while(|&&c| c == b'=').count();
        if have >= pads_needed && pads_needed < 3 {
            data.truncate(quantum_end);
        }
    }
    let data_chars = data.iter().filter(|&&c| c != b'=').count();
    if data_chars % 4 == 1 {
        return Err(binascii_error(format!(
            "Invalid base64-encoded string: number of data characters ({data_chars}) cannot be 1 more than a multiple of 4"
        )));
    }
    match engine.decode(&data) {
        Ok(bytes) => Ok(vm.new_bytes(bytes)),
        Err(_) => Err(binascii_error("Incorrect padding")),
    }
}

fn b64encode(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let args = one_arg("b64encode", args, kw)?;
    encode_with(vm, &STANDARD, args[0])
}

fn b64decode(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    arity("b64decode", args, 1, 3)?;
    let mut validate = false;
    for (k, v) in kw {
        match k.as_str() {
            "validate" => validate = vm.truthy(*v)?,
            "altchars" => {}
            _ => {
                return Err(type_error(format!(
                    "b64decode() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    if let Some(v) = args.get(2) {
        validate = vm.truthy(*v)?;
    }
    if args.get(1).is_some_and(|a| !matches!(a, Value::None)) {
        return Err(value_error(
            "nPython's b64decode does not take altchars; use urlsafe_b64decode",
        ));
    }
    decode_with(vm, &STANDARD, false, args[0], validate)
}

fn urlsafe_b64encode(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let args = one_arg("urlsafe_b64encode", args, kw)?;
    encode_with(vm, &URL_SAFE, args[0])
}

fn urlsafe_b64decode(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let args = one_arg("urlsafe_b64decode", args, kw)?;
    decode_with(vm, &URL_SAFE, true, args[0], false)
}

fn b16encode(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let args = one_arg("b16encode", args, kw)?;
    let data = bytes_in(vm, args[0])?;
    let hex: String = data.iter().map(|b| format!("{b:02X}")).collect();
    Ok(vm.new_bytes(hex.into_bytes()))
}

fn b16decode(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    arity("b16decode", args, 1, 2)?;
    let mut casefold = args.get(1).copied();
    for (k, v) in kw {
        if k == "casefold" {
            casefold = Some(*v);
        } else {
            return Err(type_error(format!(
                "b16decode() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    let casefold = match casefold {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let data = ascii_in(vm, args[0])?;
    if data.len() % 2 == 1 {
        return Err(binascii_error("Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        let digit = |c: u8| match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'A'..=b'F' => Some(c - b'A' + 10),
            b'a'..=b'f' if casefold => Some(c - b'a' + 10),
            _ => None,
        };
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push(h * 16 + l),
            _ => return Err(binascii_error("Non-base16 digit found")),
        }
    }
    Ok(vm.new_bytes(out))
}

/// Base32 (RFC 4648): each 5 bytes become 8 characters, the last group padded with `=`.
fn base32_encode(data: &[u8], alphabet: &[u8; 32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(5) * 8);
    for chunk in data.chunks(5) {
        let mut group = [0u8; 5];
        group[..chunk.len()].copy_from_slice(chunk);
        let acc = group.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
        let chars = (chunk.len() * 8).div_ceil(5);
        for i in 0..8 {
            out.push(if i < chars {
                alphabet[((acc >> (35 - 5 * i)) & 31) as usize]
            } else {
                b'='
            });
        }
    }
    out
}

/// Decodes Base32 as CPython does: whole 8-character groups, trailing `=` only in the counts a group can have.
fn base32_decode(text: &[u8], alphabet: &[u8; 32]) -> PyResult<Vec<u8>> {
    if !text.len().is_multiple_of(8) {
        return Err(binascii_error("Incorrect padding"));
    }
    let body_len = text.iter().rposition(|&c| c != b'=').map_or(0, |p| p + 1);
    let (body, pad) = (&text[..body_len], text.len() - body_len);
    let mut out = Vec::with_capacity(text.len() / 8 * 5);
    for group in body.chunks(8) {
        let mut acc = 0u64;
        for &c in group {
            let Some(v) = alphabet.iter().position(|&a| a == c) else {
                return Err(binascii_error("Non-base32 digit found"));
            };
            acc = (acc << 5) | v as u64;
        }
        // A short last group (its padding stripped) is completed below.
        acc <<= 5 * (8 - group.len());
        out.extend_from_slice(&acc.to_be_bytes()[3..]);
    }
    if !matches!(pad, 0 | 1 | 3 | 4 | 6) {
        return Err(binascii_error("Incorrect padding"));
    }
    if pad > 0 && !out.is_empty() {
        let keep = (43 - 5 * pad) / 8;
        out.truncate(out.len() - 5 + keep);
    }
    Ok(out)
}

fn b32encode(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let args = one_arg("b32encode", args, kw)?;
    let data = bytes_in(vm, args[0])?;
    Ok(vm.new_bytes(base32_encode(&data, B32)))
}

fn b32hexencode(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let args = one_arg("b32hexencode", args, kw)?;
    let data = bytes_in(vm, args[0])?;
    Ok(vm.new_bytes(base32_encode(&data, B32HEX)))
}

/// The `casefold` (and, for `b32decode`, `map01`) arguments, then the decoded bytes.
fn b32_decode_call(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(String, Value)],
    alphabet: &[u8; 32],
) -> PyResult<Value> {
    let hex = std::ptr::eq(alphabet, B32HEX);
    arity(name, args, 1, if hex { 2 } else { 3 })?;
    let mut casefold = args.get(1).copied();
    let mut map01 = args.get(2).copied();
    for (k, v) in kw {
        match k.as_str() {
            "casefold" => casefold = Some(*v),
            "map01" if !hex => map01 = Some(*v),
            _ => {
                return Err(type_error(format!(
                    "{name}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let casefold = match casefold {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut data = ascii_in(vm, args[0])?;
    if let Some(m) = map01.filter(|m| !matches!(m, Value::None)) {
        let m = ascii_in(vm, m)?;
        let [to] = m.as_slice() else {
            return Err(value_error("map01 must be a single byte"));
        };
        for c in &mut data {
            match *c {
                b'0' => *c = b'O',
                b'1' => *c = *to,
                _ => {}
            }
        }
    }
    if casefold {
        data.make_ascii_uppercase();
    }
    vm.charge_fuel(data.len() as u64 / 16)?;
    let out = base32_decode(&data, alphabet)?;
    Ok(vm.new_bytes(out))
}

fn b32decode(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    b32_decode_call(vm, "b32decode", args, kw, B32)
}

fn b32hexdecode(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    b32_decode_call(vm, "b32hexdecode", args, kw, B32HEX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_round_trips_every_tail_length() {
        for n in 0..12 {
            let data: Vec<u8> = (0..n as u8).map(|i| i.wrapping_mul(37)).collect();
            let text = base32_encode(&data, B32);
            assert_eq!(text.len() % 8, 0);
            assert_eq!(base32_decode(&text, B32).unwrap(), data);
        }
        assert_eq!(base32_encode(b"agent", B32), b"MFTWK3TU");
        assert_eq!(base32_encode(b"a", B32), b"ME======");
    }
}
