//! Host data crossing into and out of a VM: job inputs, results, request arguments and answers.
//!
//! Nothing here knows JSON: each host converts its own representation to and from `Data` (the facade and the
//! broker's tool webhooks to and from JSON; the VM to and from Python values).

/// A JSON-like value exchanged with the host.
#[derive(Clone, Debug, PartialEq)]
pub enum Data {
    /// `None` (JSON null).
    None,
    /// A bool.
    Bool(bool),
    /// An int that fits in i64.
    Int(i64),
    /// An int outside i64, as decimal digits.
    BigInt(String),
    /// A float (JSON has no NaN or infinity: hosts that serialise results decide how to show them).
    Float(f64),
    /// A str.
    Str(String),
    /// A list (a tuple becomes one too).
    List(Vec<Data>),
    /// An ordered mapping with string keys.
    Dict(Vec<(String, Data)>),
    /// Raw bytes (an http body, a file's content). Not JSON: a host that serialises results shows them as
    /// a string of their UTF-8 decoding with replacement characters.
    Bytes(Vec<u8>),
}
