//! The per-VM heap: an arena of objects addressed by `Handle`, byte accounting, and a mark-sweep collector.
//!
//! Invariants:
//! - Objects hold only `Value`s (handles), never Rust references to each other, so dropping an object never
//!   recurses and marking uses an explicit worklist: no Rust recursion grows with script data.
//! - Collection happens only at VM safepoints, where every live value is reachable from the VM's roots.
//! - Slots below `permanent` (the builtin types) are never collected and never mutated by scripts, so a VM is
//!   reset by truncating the arena back to them.

use std::cell::Cell;

use num_bigint::BigInt;

use crate::dict::Dict;
use crate::value::Value;

/// The index of an object in its VM's heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Handle(pub u32);

/// An immutable Python string. ASCII strings index by byte in O(1); others by char, scanning from the start.
///
/// A char index for long non-ASCII text would make that O(1) too, but stored here it would grow every heap
/// object by 8 bytes (`Obj` is as large as its largest variant); it belongs in a side table (issue 21).
#[derive(Debug)]
pub struct PyStr {
    /// The text; spare capacity only ever exists on builder strings (see `Value::Builder`).
    pub s: String,
    pub ascii: bool,
    /// Cached hash (0 = not yet computed).
    pub hash: Cell<u64>,
}

impl PyStr {
    pub fn new(s: impl Into<String>) -> PyStr {
        let s = s.into();
        let ascii = s.is_ascii();
        PyStr::from_parts(s, ascii)
    }

    /// A string whose ASCII-ness the caller already knows.
    pub fn from_parts(s: String, ascii: bool) -> PyStr {
        debug_assert_eq!(ascii, s.is_ascii());
        PyStr {
            s,
            ascii,
            hash: Cell::new(0),
        }
    }

    /// Appends to a builder string, forgetting what was cached about the old text.
    pub fn push_str(&mut self, other: &PyStr) {
        self.s.push_str(&other.s);
        self.ascii &= other.ascii;
        self.hash.set(0);
    }

    /// Length in characters, as Python counts it.
    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.s.len()
        } else {
            self.s.chars().count()
        }
    }

    /// The byte offset where char `i` starts (`s.len()` for `i >= char_len()`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii {
            return i.min(self.s.len());
        }
        self.s
            .char_indices()
            .nth(i)
            .map_or(self.s.len(), |(at, _)| at)
    }

    /// Char `i`, if there is one.
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.ascii {
            return self.s.as_bytes().get(i).map(|&b| b as char);
        }
        self.s[self.byte_offset(i)..].chars().next()
    }

    /// Chars `start..end` as a str slice (`start <= end`).
    pub fn char_range(&self, start: usize, end: usize) -> &str {
        let from = self.byte_offset(start);
        let to = if self.ascii {
            end.min(self.s.len())
        } else {
            from + self.s[from..]
                .char_indices()
                .nth(end - start)
                .map_or(self.s.len() - from, |(at, _)| at)
        };
        &self.s[from..to]
    }
}

/// A user-defined function: code plus the values captured when `def` ran.
#[derive(Debug)]
pub struct Function {
    /// Index of the code in the VM's code table.
    pub code: u32,
    pub defaults: Box<[Value]>,
    /// Keyword-only defaults, by parameter name.
    pub kwdefaults: Box<[(Box<str>, Value)]>,
    /// Cells of the enclosing scopes this function reads (`Obj::Cell` handles).
    pub closure: Box<[Value]>,
    /// What a script wrote on the function (`f.__name__ = ...`, `f.calls = 0`); made on the first write, so
    /// the functions that nobody annotates stay small.
    pub attrs: Option<Box<FuncAttrs>>,
}

/// A function's writable attributes.
#[derive(Debug)]
pub struct FuncAttrs {
    /// `__name__`, `__qualname__`, `__doc__` and `__module__` when set (Undef: the code's own).
    pub name: Value,
    pub qualname: Value,
    pub doc: Value,
    pub module: Value,
    /// `__annotations__`, evaluated when the def ran.
    pub annotations: Value,
    /// `__dict__`: a dict object holding every other attribute (`__wrapped__`, `cache`, ...); Undef until
    /// first used.
    pub dict: Value,
}

impl FuncAttrs {
    pub fn new(dict: Value) -> FuncAttrs {
        FuncAttrs {
            name: Value::Undef,
            qualname: Value::Undef,
            doc: Value::Undef,
            module: Value::Undef,
            annotations: Value::Undef,
            dict,
        }
    }

    /// The slot of a special attribute, if `name` is one.
    pub fn special(&mut self, name: &str) -> Option<&mut Value> {
        match name {
            "__name__" => Some(&mut self.name),
            "__qualname__" => Some(&mut self.qualname),
            "__doc__" => Some(&mut self.doc),
            "__module__" => Some(&mut self.module),
            "__annotations__" => Some(&mut self.annotations),
            _ => None,
        }
    }

    fn trace(&self, f: &mut impl FnMut(Value)) {
        f(self.name);
        f(self.qualname);
        f(self.doc);
        f(self.module);
        f(self.annotations);
        f(self.dict);
    }
}

/// Iterator state for the builtin iterables.
#[derive(Debug)]
pub enum Iter {
    /// A list or tuple, by index (a list may change while iterated, as in CPython).
    Seq {
        seq: Handle,
        idx: usize,
    },
    /// A string, by byte offset.
    Str {
        s: Handle,
        pos: usize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    /// A dict or set's entries by position; `kind` picks keys, values or items.
    Dict {
        d: Handle,
        idx: usize,
        kind: ViewKind,
        len_at_start: usize,
    },
    Enumerate {
        inner: Value,
        n: i64,
    },
    Zip {
        iters: Box<[Value]>,
        /// `zip(..., strict=True)`: iterables of different lengths raise ValueError.
        strict: bool,
    },
    /// A list or tuple backwards; `idx` counts the items still to give.
    Reversed {
        seq: Handle,
        idx: usize,
    },
    /// A materialised sequence of values (used for iterators of computed results).
    Values {
        items: Vec<Value>,
        idx: usize,
    },
}

/// Which part of a dict a view or iterator shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// A class: the builtin types and the exception hierarchy are classes too.
#[derive(Debug)]
pub struct TypeObj {
    pub name: Box<str>,
    pub qualname: Box<str>,
    /// Method resolution order, starting with this class.
    pub mro: Vec<Handle>,
    /// The direct bases (for `__bases__`).
    pub bases: Vec<Handle>,
    /// The class attributes of a user class (a dict object); None for builtin types.
    pub dict: Option<Handle>,
    /// Whether a class in the MRO defined a property when the class was made: without one, an instance
    /// attribute can be read from the instance dict before the class is searched.
    pub has_properties: bool,
    /// Whether a class in the MRO defined `__new__` when the class was made (instantiation then calls it).
    pub has_new: bool,
    /// The attribute names instances may have when every class in the MRO declares `__slots__`; None
    /// when instances have a `__dict__`.
    pub slots: Option<Box<[Box<str>]>>,
    /// The builtin type a user class extends (`dict` for `class Env(dict)`); its instances carry a value of
    /// that type.
    pub builtin_base: Option<crate::types::Ty>,
    /// The module a builtin or prelude class belongs to (`json.decoder` for JSONDecodeError), for
    /// `__module__` and uncaught-exception lines; None for the script's own classes and core builtins.
    pub module: Option<Box<str>>,
}

/// An exception instance.
#[derive(Debug)]
pub struct ExcObj {
    pub class: Handle,
    /// The exception's `args` (a tuple handle).
    pub args: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// (code index, line) from the raise point outwards.
    pub traceback: Vec<(u32, u32)>,
    /// Extra attributes (e.g. `StopIteration.value`); few, so a small list.
    pub attrs: Vec<(Box<str>, Value)>,
}

/// A heap object.
#[derive(Debug)]
pub enum Obj {
    Free,
    Str(PyStr),
    BigInt(BigInt),
    List(Vec<Value>),
    Tuple(Box<[Value]>),
    Dict(Box<Dict>),
    Set(Box<Dict>),
    FrozenSet(Box<Dict>),
    Function(Box<Function>),
    Cell(Value),
    /// A function bound to its first argument.
    BoundMethod {
        recv: Value,
        func: Value,
    },
    /// A method of a builtin type taken as a value (`f = s.upper`).
    NativeMethod {
        recv: Value,
        name: Box<str>,
    },
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    Iter(Iter),
    /// A slice's start, stop and step.
    Slice(Box<[Value; 3]>),
    DictView {
        dict: Handle,
        kind: ViewKind,
    },
    Type(Box<TypeObj>),
    Exception(Box<ExcObj>),
    Module(Box<crate::modules::ModuleObj>),
    /// An instance of a user class: its class, the dict of its attributes (`__dict__`), and, when the class
    /// derives from a builtin type (`class Env(dict)`), the builtin value it extends (`Value::Undef` when
    /// not).
    Instance {
        class: Handle,
        dict: Handle,
        base: Value,
    },
    /// `super(class, obj)`: attribute lookup on obj's MRO after `class`.
    Super {
        class: Handle,
        obj: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    /// `property(fget, fset, fdel)`.
    Property(Box<[Value; 4]>),
    /// The `NotImplemented` singleton.
    NotImplemented,
    /// An immutable byte string (bytes.rs).
    Bytes(Box<[u8]>),
    /// A Token, scope, Response or tool function (capability.rs).
    Cap(Box<crate::capability::CapObj>),
    /// A compiled regular expression (`re.compile`).
    Pattern(Box<crate::modules::re::PatternObj>),
    /// A regular-expression match.
    Match(Box<crate::modules::re::MatchObj>),
    Generator(Box<crate::generator::GenObj>),
    /// A running `hashlib` hash.
    Hash(Box<crate::modules::hashlib::HashObj>),
    /// A `uuid.UUID`.
    // Boxed: a u128 would raise the alignment, and so the size, of every object.
    Uuid(Box<u128>),
}

const VALUE_BYTES: usize = std::mem::size_of::<Value>();
const OBJ_BYTES: usize = std::mem::size_of::<Obj>() + 8;

impl Obj {
    /// Bytes this object holds, charged against the VM's memory limit.
    pub fn size(&self) -> usize {
        OBJ_BYTES
            + match self {
                Obj::Str(s) => s.s.capacity(),
                Obj::BigInt(b) => (b.bits() as usize).div_ceil(8),
                Obj::List(v) => v.capacity() * VALUE_BYTES,
                Obj::Tuple(v) => v.len() * VALUE_BYTES,
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.heap_bytes(),
                Obj::Function(f) => {
                    (f.defaults.len() + f.closure.len() + f.kwdefaults.len() * 2) * VALUE_BYTES
                        + f.attrs.as_ref().map_or(0, |_| 6 * VALUE_BYTES)
                }
                Obj::NativeMethod { name, .. } => name.len(),
                Obj::Iter(Iter::Zip { iters, .. }) => iters.len() * VALUE_BYTES,
                Obj::Iter(Iter::Values { items, .. }) => items.capacity() * VALUE_BYTES,
                Obj::Type(t) => t.name.len() + t.qualname.len() + (t.mro.len() + t.bases.len()) * 4,
                Obj::Module(m) => m.name.len(),
                Obj::Exception(e) => e.traceback.capacity() * 8 + e.attrs.len() * 32,
                Obj::Cap(c) => c.size(),
                Obj::Bytes(b) => b.len(),
                // The compiled program is shared and bounded; the object is charged for a share of it.
                Obj::Pattern(_) => 512,
                Obj::Match(m) => m.spans.len() * 24,
                Obj::Generator(g) => (g.window.capacity() + g.handling.capacity()) * VALUE_BYTES,
                Obj::Hash(_) => 256,
                _ => 0,
            }
    }

    /// Calls `f` on every value this object references.
    pub fn trace(&self, f: &mut impl FnMut(Value)) {
        match self {
            Obj::List(v) => v.iter().for_each(|x| f(*x)),
            Obj::Tuple(v) => v.iter().for_each(|x| f(*x)),
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.trace(f),
            Obj::Function(func) => {
                func.defaults.iter().for_each(|x| f(*x));
                func.kwdefaults.iter().for_each(|(_, x)| f(*x));
                func.closure.iter().for_each(|x| f(*x));
                if let Some(a) = &func.attrs {
                    a.trace(f);
                }
            }
            Obj::Cell(v) => f(*v),
            Obj::BoundMethod { recv, func } => {
                f(*recv);
                f(*func);
            }
            Obj::NativeMethod { recv, .. } => f(*recv),
            Obj::Iter(it) => match it {
                Iter::Seq { seq, .. } | Iter::Reversed { seq, .. } => f(Value::Obj(*seq)),
                Iter::Str { s, .. } => f(Value::Obj(*s)),
                Iter::Dict { d, .. } => f(Value::Obj(*d)),
                Iter::Enumerate { inner, .. } => f(*inner),
                Iter::Zip { iters, .. } => iters.iter().for_each(|x| f(*x)),
                Iter::Values { items, .. } => items.iter().for_each(|x| f(*x)),
                Iter::Range { .. } => {}
            },
            Obj::Slice(parts) => parts.iter().for_each(|x| f(*x)),
            Obj::DictView { dict, .. } => f(Value::Obj(*dict)),
            Obj::Module(m) => f(Value::Obj(m.attrs)),
            Obj::Pattern(p) => f(p.source),
            Obj::Generator(g) => {
                f(g.func);
                g.window.iter().for_each(|x| f(*x));
                g.handling.iter().for_each(|x| f(*x));
            }
            Obj::Match(m) => {
                f(m.pattern);
                f(m.string);
            }
            Obj::Instance { class, dict, base } => {
                f(Value::Obj(*class));
                f(Value::Obj(*dict));
                f(*base);
            }
            Obj::Super { class, obj } => {
                f(Value::Obj(*class));
                f(*obj);
            }
            Obj::StaticMethod(v) | Obj::ClassMethod(v) => f(*v),
            Obj::Property(p) => p.iter().for_each(|x| f(*x)),
            Obj::Type(t) => {
                t.mro.iter().for_each(|h| f(Value::Obj(*h)));
                t.bases.iter().for_each(|h| f(Value::Obj(*h)));
                if let Some(d) = t.dict {
                    f(Value::Obj(d));
                }
            }
            Obj::Exception(e) => {
                f(Value::Obj(e.class));
                f(e.args);
                f(e.cause);
                f(e.context);
                e.attrs.iter().for_each(|(_, x)| f(*x));
            }
            Obj::Cap(c) => c.trace(f),
            Obj::Free
            | Obj::Str(_)
            | Obj::Bytes(_)
            | Obj::BigInt(_)
            | Obj::Range { .. }
            | Obj::Hash(_)
            | Obj::Uuid(_)
            | Obj::NotImplemented => {}
        }
    }
}

/// Why the heap refused an allocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfMemory;

/// The arena.
pub struct Heap {
    slots: Vec<Obj>,
    marks: Vec<bool>,
    free: Vec<u32>,
    permanent: u32,
    /// Bytes live after the last collection (plus permanent objects).
    live_bytes: usize,
    /// Bytes allocated or grown since the last collection.
    since_gc: usize,
    /// Collect when `live_bytes + since_gc` passes this.
    threshold: usize,
    /// The job's memory limit in bytes.
    limit: usize,
    /// Set when a collection is due; the VM collects at its next safepoint.
    pub gc_pending: bool,
    /// Collections run so far (for tests and metrics).
    pub collections: u64,
    /// The mark worklist, kept between collections so marking does not allocate afresh each time.
    work: Vec<u32>,
    /// Set when a permanent object was handed out for writing (a script mutated a prelude container, say
    /// `IntEnum._npy_members_`): the host must then not reuse this VM for another job.
    permanent_written: bool,
}

const MIN_THRESHOLD: usize = 4 << 20;

impl Heap {
    pub fn new(limit: usize) -> Heap {
        Heap {
            slots: Vec::with_capacity(256),
            marks: Vec::new(),
            free: Vec::new(),
            permanent: 0,
            live_bytes: 0,
            since_gc: 0,
            threshold: MIN_THRESHOLD.min(limit),
            limit,
            gc_pending: false,
            collections: 0,
            work: Vec::new(),
            permanent_written: false,
        }
    }

    /// Whether `h` is permanent: the builtin types and the preludes, shared by every job the VM runs, so
    /// scripts must never mutate them.
    #[inline]
    pub fn is_permanent(&self, h: Handle) -> bool {
        h.0 < self.permanent
    }

    /// Marks every object allocated so far as permanent (never collected, kept by `reset`).
    pub fn seal_permanent(&mut self) {
        self.permanent = self.slots.len() as u32;
        self.permanent_written = false;
    }

    /// Drops every non-permanent object and sets a new memory limit.
    pub fn reset(&mut self, limit: usize) {
        self.slots.truncate(self.permanent as usize);
        self.marks.clear();
        self.free.clear();
        self.limit = limit;
        self.since_gc = 0;
        self.live_bytes = self.slots.iter().map(Obj::size).sum();
        self.threshold = self.next_threshold();
        self.gc_pending = false;
        if self.slots.capacity() > 4096 {
            self.slots.shrink_to(1024);
        }
    }

    fn next_threshold(&self) -> usize {
        (self.live_bytes * 2).max(MIN_THRESHOLD).min(self.limit)
    }

    /// Bytes in use as far as the heap knows (live after the last collection plus everything since).
    pub fn used_bytes(&self) -> usize {
        self.live_bytes + self.since_gc
    }

    pub fn limit(&self) -> usize {
        self.limit
    }

    /// Whether memory use has passed the limit even before a collection could help: set when one allocation
    /// would by itself exceed the limit, or garbage between two safepoints passes twice the limit.
    pub fn hard_over_limit(&self) -> bool {
        if !crate::interp::METERED {
            return false;
        }
        self.used_bytes() > self.limit.saturating_mul(2)
    }

    /// Checks up front that `bytes` more could fit under the limit.
    pub fn check_room(&self, bytes: usize) -> Result<(), OutOfMemory> {
        if !crate::interp::METERED {
            return Ok(());
        }
        if bytes > self.limit || self.live_bytes.saturating_add(bytes) > self.limit {
            Err(OutOfMemory)
        } else {
            Ok(())
        }
    }

    /// Charges `bytes` of growth of an existing object.
    #[inline]
    pub fn charge(&mut self, bytes: usize) {
        self.since_gc += bytes;
        if self.live_bytes + self.since_gc > self.threshold {
            self.gc_pending = true;
        }
    }

    #[inline]
    pub fn alloc(&mut self, obj: Obj) -> Handle {
        self.charge(obj.size());
        match self.free.pop() {
            Some(i) => {
                self.slots[i as usize] = obj;
                Handle(i)
            }
            None => {
                self.slots.push(obj);
                Handle(self.slots.len() as u32 - 1)
            }
        }
    }

    #[inline]
    pub fn get(&self, h: Handle) -> &Obj {
        &self.slots[h.0 as usize]
    }

    #[inline]
    pub fn get_mut(&mut self, h: Handle) -> &mut Obj {
        if h.0 < self.permanent {
            self.permanent_written = true;
        }
        &mut self.slots[h.0 as usize]
    }

    /// Whether a permanent object may have changed since the heap was sealed (see `permanent_written`).
    pub fn permanent_written(&self) -> bool {
        self.permanent_written
    }

    /// A mutable and a shared reference to two different objects.
    pub fn pair_mut(&mut self, a: Handle, b: Handle) -> Option<(&mut Obj, &Obj)> {
        if a.0 < self.permanent {
            self.permanent_written = true;
        }
        let (a, b) = (a.0 as usize, b.0 as usize);
        if a == b || a >= self.slots.len() || b >= self.slots.len() {
            return None;
        }
        if a < b {
            let (lo, hi) = self.slots.split_at_mut(b);
            Some((&mut lo[a], &hi[0]))
        } else {
            let (lo, hi) = self.slots.split_at_mut(a);
            Some((&mut hi[0], &lo[b]))
        }
    }

    /// Replaces an object (used to move a dict out while its keys are compared, then back).
    pub fn replace(&mut self, h: Handle, obj: Obj) -> Obj {
        std::mem::replace(&mut self.slots[h.0 as usize], obj)
    }

    /// Number of slots in use (for tests).
    pub fn object_count(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    /// Mark-sweep collection from `roots`. Returns live bytes afterwards.
    pub fn collect<'r>(&mut self, roots: impl IntoIterator<Item = &'r Value>) -> usize {
        self.marks.clear();
        self.marks.resize(self.slots.len(), false);
        let mut work = std::mem::take(&mut self.work);
        work.clear();
        for i in 0..self.permanent {
            self.marks[i as usize] = true;
            work.push(i);
        }
        let push = |v: Value, marks: &mut Vec<bool>, work: &mut Vec<u32>| {
            if let Value::Obj(h) | Value::Builder(h) = v {
                let i = h.0 as usize;
                if i < marks.len() && !marks[i] {
                    marks[i] = true;
                    work.push(h.0);
                }
            }
        };
        for v in roots {
            push(*v, &mut self.marks, &mut work);
        }
        while let Some(i) = work.pop() {
            let obj = &self.slots[i as usize];
            let marks = &mut self.marks;
            obj.trace(&mut |v| push(v, marks, &mut work));
        }
        let mut live = 0usize;
        for (i, slot) in self.slots.iter_mut().enumerate() {
            if self.marks[i] {
                live += slot.size();
            } else if !matches!(slot, Obj::Free) {
                *slot = Obj::Free;
                self.free.push(i as u32);
            }
        }
        // Trailing free slots are given back so a VM that once spiked can shrink.
        while matches!(self.slots.last(), Some(Obj::Free))
            && self.slots.len() > self.permanent as usize
        {
            self.slots.pop();
        }
        let len = self.slots.len() as u32;
        self.free.retain(|&i| i < len);
        self.work = work;
        self.live_bytes = live;
        self.since_gc = 0;
        self.threshold = self.next_threshold();
        self.gc_pending = false;
        self.collections += 1;
        live
    }

    /// Whether live bytes after the last collection exceed the limit.
    pub fn over_limit_after_gc(&self) -> bool {
        if !crate::interp::METERED {
            return false;
        }
        self.live_bytes > self.limit
    }
}
