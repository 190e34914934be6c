//! JSON to and from VM data, for tool webhooks. The same mapping as the facade's `json_to_data` and
//! `data_to_json` (engine/src/lib.rs), kept here because the broker sits below the facade in the dependency
//! graph.

use npython_host::Data;
use serde_json::Value;

/// Converts JSON to VM data (big integers stay exact as `BigInt` digits).
pub(crate) fn json_to_data(v: &Value) -> Data {
    match v {
        Value::Null => Data::None,
        Value::Bool(b) => Data::Bool(*b),
        Value::Number(n) => {
            // serde_json keeps the literal text (arbitrary_precision), so big ints stay exact.
            let text = n.to_string();
            if let Some(i) = n.as_i64() {
                Data::Int(i)
            } else if text.contains(['.', 'e', 'E']) {
                Data::Float(text.parse().unwrap_or(f64::NAN))
            } else {
                Data::BigInt(text)
            }
        }
        Value::String(s) => Data::Str(s.clone()),
        Value::Array(a) => Data::List(a.iter().map(json_to_data).collect()),
        Value::Object(o) => Data::Dict(
            o.iter()
                .map(|(k, v)| (k.clone(), json_to_data(v)))
                .collect(),
        ),
    }
}

/// Converts VM data to JSON (non-finite floats become strings, as JSON has none; bytes become their lossy
/// UTF-8 decoding).
pub(crate) fn data_to_json(d: &Data) -> Value {
    match d {
        Data::None => Value::Null,
        Data::Bool(b) => Value::Bool(*b),
        Data::Int(i) => Value::from(*i),
        Data::BigInt(s) => s
            .parse::<serde_json::Number>()
            .map(Value::Number)
            .unwrap_or_else(|_| Value::String(s.clone())),
        // Only non-finite floats have no JSON number; they read as Python's repr spells them.
        Data::Float(f) => serde_json::Number::from_f64(*f)
            .map(Value::Number)
            .unwrap_or_else(|| Value::String(non_finite_repr(*f).into())),
        Data::Str(s) => Value::String(s.clone()),
        Data::List(items) => Value::Array(items.iter().map(data_to_json).collect()),
        Data::Dict(pairs) => Value::Object(
            pairs
                .iter()
                .map(|(k, v)| (k.clone(), data_to_json(v)))
                .collect(),
        ),
        Data::Bytes(b) => Value::String(String::from_utf8_lossy(b).into_owned()),
    }
}

/// Python's repr of a float JSON cannot hold (`float_repr` in the VM gives the same three spellings).
fn non_finite_repr(f: f64) -> &'static str {
    if f.is_nan() {
        "nan"
    } else if f > 0.0 {
        "inf"
    } else {
        "-inf"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_finite_floats_become_their_python_repr() {
        let json = |f: f64| data_to_json(&Data::Float(f));
        assert_eq!(json(f64::NAN), Value::String("nan".into()));
        assert_eq!(json(f64::INFINITY), Value::String("inf".into()));
        assert_eq!(json(f64::NEG_INFINITY), Value::String("-inf".into()));
        assert_eq!(json(1.5), serde_json::json!(1.5));
    }
}
