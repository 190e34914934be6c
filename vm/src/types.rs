//! The builtin types, the exception hierarchy among them, as data.
//!
//! Every builtin type is a class object allocated first in every VM's heap, in this table's order, so the class
//! of `Ty::X` is always `Handle(Ty::X as u32)` and needs no lookup. Generated in shape by hand; edit the table.

use crate::heap::Handle;

/// A builtin type; its discriminant is also its heap handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Ty {
    Object = 0,
    Type = 1,
    NoneType = 2,
    Int = 3,
    Bool = 4,
    Float = 5,
    Str = 6,
    List = 7,
    Tuple = 8,
    Dict = 9,
    Set = 10,
    FrozenSet = 11,
    Range = 12,
    Function = 13,
    BuiltinFunction = 14,
    Method = 15,
    Cell = 16,
    Iterator = 17,
    Slice = 18,
    DictKeys = 19,
    DictValues = 20,
    DictItems = 21,
    Enumerate = 22,
    Zip = 23,
    Reversed = 24,
    BaseException = 25,
    SystemExit = 26,
    KeyboardInterrupt = 27,
    GeneratorExit = 28,
    Exception = 29,
    StopIteration = 30,
    ArithmeticError = 31,
    ZeroDivisionError = 32,
    OverflowError = 33,
    FloatingPointError = 34,
    AssertionError = 35,
    AttributeError = 36,
    LookupError = 37,
    IndexError = 38,
    KeyError = 39,
    NameError = 40,
    UnboundLocalError = 41,
    RuntimeError = 42,
    RecursionError = 43,
    NotImplementedError = 44,
    TypeError = 45,
    ValueError = 46,
    UnicodeError = 47,
    ImportError = 48,
    ModuleNotFoundError = 49,
    MemoryError = 50,
    OSError = 51,
    FileNotFoundError = 52,
    PermissionError = 53,
    TimeoutError = 54,
    ConnectionError = 55,
    CapabilityError = 56,
    Module = 57,
    StaticMethod = 58,
    ClassMethod = 59,
    Property = 60,
    Super = 61,
    NotImplementedType = 62,
    JSONDecodeError = 63,
    DefaultDict = 64,
    Counter = 65,
    OrderedDict = 66,
    // Capability objects (scope.rs, token.rs, modules/http.rs); not builtin names except
    // UnicodeDecodeError.
    Token = 67,
    Scope = 68,
    Response = 69,
    HTTPError = 70,
    UnicodeDecodeError = 71,
    Bytes = 72,
    UnicodeEncodeError = 73,
    Pattern = 74,
    Match = 75,
    ReError = 76,
    Generator = 77,
    Hash = 78,
    Uuid = 79,
    BinasciiError = 80,
}

/// `(type, Python name, base)` for every builtin type, in handle order.
pub const TYPES: &[(Ty, &str, Option<Ty>)] = &[
    (Ty::Object, "object", None),
    (Ty::Type, "type", Some(Ty::Object)),
    (Ty::NoneType, "NoneType", Some(Ty::Object)),
    (Ty::Int, "int", Some(Ty::Object)),
    (Ty::Bool, "bool", Some(Ty::Int)),
    (Ty::Float, "float", Some(Ty::Object)),
    (Ty::Str, "str", Some(Ty::Object)),
    (Ty::List, "list", Some(Ty::Object)),
    (Ty::Tuple, "tuple", Some(Ty::Object)),
    (Ty::Dict, "dict", Some(Ty::Object)),
    (Ty::Set, "set", Some(Ty::Object)),
    (Ty::FrozenSet, "frozenset", Some(Ty::Object)),
    (Ty::Range, "range", Some(Ty::Object)),
    (Ty::Function, "function", Some(Ty::Object)),
    (
        Ty::BuiltinFunction,
        "builtin_function_or_method",
        Some(Ty::Object),
    ),
    (Ty::Method, "method", Some(Ty::Object)),
    (Ty::Cell, "cell", Some(Ty::Object)),
    (Ty::Iterator, "iterator", Some(Ty::Object)),
    (Ty::Slice, "slice", Some(Ty::Object)),
    (Ty::DictKeys, "dict_keys", Some(Ty::Object)),
    (Ty::DictValues, "dict_values", Some(Ty::Object)),
    (Ty::DictItems, "dict_items", Some(Ty::Object)),
    (Ty::Enumerate, "enumerate", Some(Ty::Object)),
    (Ty::Zip, "zip", Some(Ty::Object)),
    (Ty::Reversed, "reversed", Some(Ty::Object)),
    (Ty::BaseException, "BaseException", Some(Ty::Object)),
    (Ty::SystemExit, "SystemExit", Some(Ty::BaseException)),
    (
        Ty::KeyboardInterrupt,
        "KeyboardInterrupt",
        Some(Ty::BaseException),
    ),
    (Ty::GeneratorExit, "GeneratorExit", Some(Ty::BaseException)),
    (Ty::Exception, "Exception", Some(Ty::BaseException)),
    (Ty::StopIteration, "StopIteration", Some(Ty::Exception)),
    (Ty::ArithmeticError, "ArithmeticError", Some(Ty::Exception)),
    (
        Ty::ZeroDivisionError,
        "ZeroDivisionError",
        Some(Ty::ArithmeticError),
    ),
    (
        Ty::OverflowError,
        "OverflowError",
        Some(Ty::ArithmeticError),
    ),
    (
        Ty::FloatingPointError,
        "FloatingPointError",
        Some(Ty::ArithmeticError),
    ),
    (Ty::AssertionError, "AssertionError", Some(Ty::Exception)),
    (Ty::AttributeError, "AttributeError", Some(Ty::Exception)),
    (Ty::LookupError, "LookupError", Some(Ty::Exception)),
    (Ty::IndexError, "IndexError", Some(Ty::LookupError)),
    (Ty::KeyError, "KeyError", Some(Ty::LookupError)),
    (Ty::NameError, "NameError", Some(Ty::Exception)),
    (
        Ty::UnboundLocalError,
        "UnboundLocalError",
        Some(Ty::NameError),
    ),
    (Ty::RuntimeError, "RuntimeError", Some(Ty::Exception)),
    (Ty::RecursionError, "RecursionError", Some(Ty::RuntimeError)),
    (
        Ty::NotImplementedError,
        "NotImplementedError",
        Some(Ty::RuntimeError),
    ),
    (Ty::TypeError, "TypeError", Some(Ty::Exception)),
    (Ty::ValueError, "ValueError", Some(Ty::Exception)),
    (Ty::UnicodeError, "UnicodeError", Some(Ty::ValueError)),
    (Ty::ImportError, "ImportError", Some(Ty::Exception)),
    (
        Ty::ModuleNotFoundError,
        "ModuleNotFoundError",
        Some(Ty::ImportError),
    ),
    (Ty::MemoryError, "MemoryError", Some(Ty::Exception)),
    (Ty::OSError, "OSError", Some(Ty::Exception)),
    (
        Ty::FileNotFoundError,
        "FileNotFoundError",
        Some(Ty::OSError),
    ),
    (Ty::PermissionError, "PermissionError", Some(Ty::OSError)),
    (Ty::TimeoutError, "TimeoutError", Some(Ty::OSError)),
    (Ty::ConnectionError, "ConnectionError", Some(Ty::OSError)),
    (Ty::CapabilityError, "CapabilityError", Some(Ty::Exception)),
    (Ty::Module, "module", Some(Ty::Object)),
    (Ty::StaticMethod, "staticmethod", Some(Ty::Object)),
    (Ty::ClassMethod, "classmethod", Some(Ty::Object)),
    (Ty::Property, "property", Some(Ty::Object)),
    (Ty::Super, "super", Some(Ty::Object)),
    (
        Ty::NotImplementedType,
        "NotImplementedType",
        Some(Ty::Object),
    ),
    (Ty::JSONDecodeError, "JSONDecodeError", Some(Ty::ValueError)),
    (Ty::DefaultDict, "defaultdict", Some(Ty::Dict)),
    (Ty::Counter, "Counter", Some(Ty::Dict)),
    (Ty::OrderedDict, "OrderedDict", Some(Ty::Dict)),
    (Ty::Token, "Token", Some(Ty::Object)),
    (Ty::Scope, "scope", Some(Ty::Object)),
    (Ty::Response, "Response", Some(Ty::Object)),
    // As in `requests`, where HTTPError is an IOError (OSError).
    (Ty::HTTPError, "HTTPError", Some(Ty::OSError)),
    (
        Ty::UnicodeDecodeError,
        "UnicodeDecodeError",
        Some(Ty::UnicodeError),
    ),
    (Ty::Bytes, "bytes", Some(Ty::Object)),
    (
        Ty::UnicodeEncodeError,
        "UnicodeEncodeError",
        Some(Ty::UnicodeError),
    ),
    (Ty::Pattern, "Pattern", Some(Ty::Object)),
    (Ty::Match, "Match", Some(Ty::Object)),
    (Ty::ReError, "error", Some(Ty::Exception)),
    (Ty::Generator, "generator", Some(Ty::Object)),
    (Ty::Hash, "HASH", Some(Ty::Object)),
    (Ty::Uuid, "UUID", Some(Ty::Object)),
    (Ty::BinasciiError, "Error", Some(Ty::ValueError)),
];

impl Ty {
    /// The class object of this type.
    #[inline]
    pub fn handle(self) -> Handle {
        Handle(self as u32)
    }

    /// The Python name of the type.
    pub fn name(self) -> &'static str {
        TYPES[self as usize].1
    }

    /// The module CPython names for a type that belongs to a module (`__module__`, uncaught-exception lines).
    pub fn module(self) -> Option<&'static str> {
        Some(match self {
            Ty::JSONDecodeError => "json.decoder",
            Ty::DefaultDict | Ty::Counter | Ty::OrderedDict => "collections",
            Ty::Pattern | Ty::Match | Ty::ReError => "re",
            Ty::Hash => "_hashlib",
            Ty::Uuid => "uuid",
            Ty::BinasciiError => "binascii",
            _ => return None,
        })
    }

    /// The builtin type whose class is `h`, if `h` is one.
    pub fn from_handle(h: Handle) -> Option<Ty> {
        TYPES.get(h.0 as usize).map(|t| t.0)
    }

    /// Looks a builtin type up by its Python name (for builtins such as `ValueError`).
    pub fn by_name(name: &str) -> Option<Ty> {
        TYPES.iter().find(|t| t.1 == name).map(|t| t.0)
    }

    /// Whether this is `BaseException` or one of its subclasses.
    pub fn is_exception(self) -> bool {
        let mut cur = self;
        loop {
            if cur == Ty::BaseException {
                return true;
            }
            match TYPES[cur as usize].2 {
                Some(b) => cur = b,
                None => return false,
            }
        }
    }

    /// The base classes chain from this type up to `object`.
    pub fn mro(self) -> Vec<Ty> {
        let mut out = vec![self];
        let mut cur = self;
        while let Some(b) = TYPES[cur as usize].2 {
            out.push(b);
            cur = b;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_order_matches_discriminants() {
        for (i, t) in TYPES.iter().enumerate() {
            assert_eq!(t.0 as usize, i, "{}", t.1);
        }
        assert_eq!(Ty::ZeroDivisionError.mro().last(), Some(&Ty::Object));
        assert!(Ty::KeyError.mro().contains(&Ty::LookupError));
        assert_eq!(Ty::by_name("ValueError"), Some(Ty::ValueError));
    }
}
