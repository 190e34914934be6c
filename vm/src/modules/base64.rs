//! `base64`: standard and URL-safe Base64, and Base16, over bytes, with CPython's padding rules and
//! error messages (`binascii.Error` is raised as the ValueError it subclasses).

use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;

use crate::builtins::arity;
use crate::error::{type_error, value_error, PyResult};
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
];

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
        return Err(value_error("Non-base64 digit found"));
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
        return Err(value_error(format!(
            "Invalid base64-encoded string: number of data characters ({data_chars}) cannot be 1 more than a multiple of 4"
        )));
    }
    match engine.decode(&data) {
        Ok(bytes) => Ok(vm.new_bytes(bytes)),
        Err(_) => Err(value_error("Incorrect padding")),
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
        return Err(value_error("Odd-length string"));
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
            _ => return Err(value_error("Non-base16 digit found")),
        }
    }
    Ok(vm.new_bytes(out))
}
