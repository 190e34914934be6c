//! JSON data between Python and the engine: inputs and tool answers go in, results and tool arguments come
//! out. Only what JSON can say crosses: anything else is a `TypeError` naming the offending value's path,
//! never a lossy guess (a set or a custom object is refused, not stringified).

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde_json::Value;

/// Deeper nesting than this is refused: it bounds the Rust stack used here, and a list that contains
/// itself would otherwise recurse forever.
const MAX_DEPTH: usize = 200;

/// A Python value as JSON data; `what` names the value in error messages (e.g. `inputs['x']`).
pub fn to_json(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<Value> {
    to_json_at(obj, what, 0)
}

fn to_json_at(obj: &Bound<'_, PyAny>, what: &str, depth: usize) -> PyResult<Value> {
    if depth > MAX_DEPTH {
        return Err(PyValueError::new_err(format!(
            "{what}: nested deeper than {MAX_DEPTH} levels (or it contains itself)"
        )));
    }
    if obj.is_none() {
        return Ok(Value::Null);
    }
    // bool before int: True is an int in Python.
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        // Big ints travel as their decimal text (serde_json keeps it exact with arbitrary_precision).
        let text = obj.str()?.to_string();
        return serde_json::from_str::<serde_json::Number>(&text)
            .map(Value::Number)
            .map_err(|e| PyValueError::new_err(format!("{what}: cannot encode int: {e}")));
    }
    if obj.is_instance_of::<PyFloat>() {
        let f: f64 = obj.extract()?;
        return serde_json::Number::from_f64(f)
            .map(Value::Number)
            .ok_or_else(|| PyValueError::new_err(format!("{what}: {f} is not a JSON number")));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(s.to_cow()?.into_owned()));
    }
    if let Ok(list) = obj.cast::<PyList>() {
        let mut out = Vec::with_capacity(list.len());
        for (i, item) in list.iter().enumerate() {
            out.push(to_json_at(&item, &format!("{what}[{i}]"), depth + 1)?);
        }
        return Ok(Value::Array(out));
    }
    if let Ok(tuple) = obj.cast::<PyTuple>() {
        let mut out = Vec::with_capacity(tuple.len());
        for (i, item) in tuple.iter().enumerate() {
            out.push(to_json_at(&item, &format!("{what}[{i}]"), depth + 1)?);
        }
        return Ok(Value::Array(out));
    }
    if let Ok(dict) = obj.cast::<PyDict>() {
        let mut out = serde_json::Map::new();
        for (k, v) in dict.iter() {
            let Ok(key) = k.cast::<PyString>() else {
                return Err(PyTypeError::new_err(format!(
                    "{what}: dict keys must be str for JSON, got {}",
                    type_name(&k)
                )));
            };
            let key = key.to_cow()?.into_owned();
            let value = to_json_at(&v, &format!("{what}[{key:?}]"), depth + 1)?;
            out.insert(key, value);
        }
        return Ok(Value::Object(out));
    }
    Err(PyTypeError::new_err(format!(
        "{what}: {} is not JSON data (use dict, list, tuple, str, int, float, bool or None)",
        type_name(obj)
    )))
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".into())
}

/// JSON data as a Python value (big ints exact, floats as float).
pub fn to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else {
                let text = n.to_string();
                if text.contains(['.', 'e', 'E']) {
                    PyFloat::new(py, text.parse().unwrap_or(f64::NAN)).into_any()
                } else {
                    py.get_type::<PyInt>().call1((text,))?
                }
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// A Python mapping of names to JSON data (`inputs`), checked: names must be identifiers.
pub fn inputs(
    obj: Option<&Bound<'_, PyAny>>,
) -> PyResult<serde_json::Map<String, serde_json::Value>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(serde_json::Map::new());
    };
    let Ok(dict) = obj.cast::<PyDict>() else {
        return Err(PyTypeError::new_err(format!(
            "inputs must be a dict of name to JSON data, got {}",
            type_name(obj)
        )));
    };
    let mut out = serde_json::Map::new();
    for (k, v) in dict.iter() {
        let Ok(key) = k.cast::<PyString>() else {
            return Err(PyTypeError::new_err("inputs: names must be str"));
        };
        let key = key.to_cow()?.into_owned();
        if !npython_engine::job::is_identifier(&key) {
            return Err(PyValueError::new_err(format!(
                "inputs: {key:?} is not a Python identifier"
            )));
        }
        let value = to_json(&v, &format!("inputs[{key:?}]"))?;
        out.insert(key, value);
    }
    Ok(out)
}

/// `limits` as the job schema's `JobLimits`: unknown keys are a `ValueError`, wrong types a `TypeError`.
pub fn limits(obj: Option<&Bound<'_, PyAny>>) -> PyResult<npython_engine::JobLimits> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(npython_engine::JobLimits::default());
    };
    if !obj.is_instance_of::<PyDict>() {
        return Err(PyTypeError::new_err(format!(
            "limits must be a dict (keys: max_instructions, max_memory_bytes, timeout_ms, \
             max_output_bytes, max_result_bytes), got {}",
            type_name(obj)
        )));
    }
    let value = to_json(obj, "limits")?;
    serde_json::from_value(value).map_err(|e| {
        let text = e.to_string();
        if text.starts_with("invalid type") || text.starts_with("invalid value") {
            PyTypeError::new_err(format!("limits: {text}"))
        } else {
            PyValueError::new_err(format!(
                "limits: {text} (keys: max_instructions, max_memory_bytes, timeout_ms, \
                 max_output_bytes, max_result_bytes)"
            ))
        }
    })
}

/// `tokens` as `(global name, token)` pairs.
pub fn tokens(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<(String, String)>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(Vec::new());
    };
    let Ok(dict) = obj.cast::<PyDict>() else {
        return Err(PyTypeError::new_err(format!(
            "tokens must be a dict of global name to token string, got {}",
            type_name(obj)
        )));
    };
    let mut out = Vec::new();
    for (k, v) in dict.iter() {
        let (Ok(name), Ok(token)) = (k.cast::<PyString>(), v.cast::<PyString>()) else {
            return Err(PyTypeError::new_err(
                "tokens: names and tokens must both be str",
            ));
        };
        let name = name.to_cow()?.into_owned();
        if !npython_engine::job::is_identifier(&name) {
            return Err(PyValueError::new_err(format!(
                "tokens: {name:?} is not a Python identifier"
            )));
        }
        out.push((name, token.to_cow()?.into_owned()));
    }
    Ok(out)
}
