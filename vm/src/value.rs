//! The 16-byte `Value`: immediates for the common scalars, a handle for everything on the heap.
//!
//! Small ints, floats, bools and None never touch the heap, so integer and float loops allocate nothing.
//! Values are `Copy`: the heap owns objects, values only name them, and the collector decides lifetimes.

use crate::heap::Handle;

/// A Python value as the VM sees it.
///
/// `repr(u64)` puts every payload at offset 8, so a value moves as two aligned words; with the default
/// layout small payloads sit at odd offsets and copies split into overlapping stores that defeat
/// store-to-load forwarding in the interpreter loop.
#[derive(Clone, Copy, Debug)]
#[repr(u64)]
pub enum Value {
    /// An unbound local or global; never visible to scripts (reading it raises NameError/UnboundLocalError).
    Undef,
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in 64 bits; bigger ints live on the heap as `Obj::BigInt`.
    Int(i64),
    /// A float.
    Float(f64),
    /// A heap object.
    Obj(Handle),
    /// A native builtin function, by its index in the builtin table.
    Native(u16),
    /// A str that is referenced only by the one local slot holding this value, so `s += t` may append to
    /// it in place. Exists only in local slots: `LoadLocal` turns it back into `Obj` as the value escapes.
    Builder(Handle),
}

impl Value {
    /// The heap handle, when this value is a heap object.
    #[inline]
    pub fn handle(self) -> Option<Handle> {
        match self {
            Value::Obj(h) | Value::Builder(h) => Some(h),
            _ => None,
        }
    }

    /// The value as scripts see it (a builder string is an ordinary str object).
    #[inline(always)]
    pub fn plain(self) -> Value {
        match self {
            Value::Builder(h) => Value::Obj(h),
            v => v,
        }
    }

    /// Whether two values are the very same object (Python's `is`).
    pub fn is_same(self, other: Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Undef, Value::Undef) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a) | Value::Builder(a), Value::Obj(b) | Value::Builder(b)) => a == b,
            (Value::Native(a), Value::Native(b)) => a == b,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }
}
