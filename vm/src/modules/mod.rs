//! The module allowlist: `import x` resolves here, and nowhere else.
//!
//! Native modules are tables of Rust functions and constants, built into a module object the first time a
//! job imports them (so an idle VM pays nothing for modules it never uses). A module object exposes only its
//! attributes and `__name__`: there is no `__dict__`, loader, spec or file, and its attributes are read-only.
//! Anything not in the allowlist is a `ModuleNotFoundError` whose message says what to use instead.

mod base64;
pub(crate) mod collections;
mod fs;
pub(crate) mod hashlib;
mod http;
pub(crate) mod json;
mod math;
pub(crate) mod random;
pub(crate) mod re;
mod re_syntax;
mod sys;
mod time;
pub(crate) mod tools;
mod url;
pub(crate) mod uuid;

use crate::builtins::NATIVES;
use crate::error::{exc, PyResult};
use crate::heap::{Handle, Obj};
use crate::interp::{NativeFn, Vm};
use crate::types::Ty;
use crate::value::Value;

/// A module object: its name and the dict of its attributes.
#[derive(Debug)]
pub struct ModuleObj {
    pub name: Box<str>,
    pub attrs: Handle,
}

/// A native module: its functions (exposed under `name.function` in tracebacks and reprs) and a builder for
/// its constants.
struct NativeModule {
    name: &'static str,
    functions: &'static [(&'static str, NativeFn)],
    constants: fn(&mut Vm) -> Vec<(&'static str, Value)>,
    /// Attributes written in Python: (attribute, name of the prelude global that implements it).
    python: &'static [(&'static str, &'static str)],
}

const MODULES: &[NativeModule] = &[
    NativeModule {
        name: "dataclasses",
        functions: &[],
        constants: |_| Vec::new(),
        python: &[
            ("dataclass", "__npy_dataclass"),
            ("field", "__npy_field"),
            ("fields", "__npy_fields"),
            ("asdict", "__npy_asdict"),
            ("astuple", "__npy_astuple"),
            ("replace", "__npy_replace"),
            ("is_dataclass", "__npy_is_dataclass"),
            ("FrozenInstanceError", "__npy_FrozenInstanceError"),
            ("MISSING", "__npy_MISSING"),
        ],
    },
    NativeModule {
        name: "functools",
        functions: &[],
        constants: |_| Vec::new(),
        python: &[
            ("reduce", "__npy_reduce"),
            ("partial", "__npy_partial"),
            ("lru_cache", "__npy_lru_cache"),
            ("cache", "__npy_cache"),
            ("wraps", "__npy_wraps"),
            ("update_wrapper", "__npy_update_wrapper"),
            ("WRAPPER_ASSIGNMENTS", "__npy_WRAPPER_ASSIGNMENTS"),
            ("WRAPPER_UPDATES", "__npy_WRAPPER_UPDATES"),
            ("cmp_to_key", "__npy_cmp_to_key"),
            ("total_ordering", "__npy_total_ordering"),
        ],
    },
    NativeModule {
        name: "itertools",
        functions: &[],
        constants: |_| Vec::new(),
        python: &[
            ("count", "__npy_count"),
            ("cycle", "__npy_cycle"),
            ("repeat", "__npy_repeat"),
            ("chain", "__npy_chain"),
            ("islice", "__npy_islice"),
            ("takewhile", "__npy_takewhile"),
            ("dropwhile", "__npy_dropwhile"),
            ("product", "__npy_product"),
            ("permutations", "__npy_permutations"),
            ("combinations", "__npy_combinations"),
            (
                "combinations_with_replacement",
                "__npy_combinations_with_replacement",
            ),
            ("groupby", "__npy_groupby"),
            ("accumulate", "__npy_accumulate"),
            ("zip_longest", "__npy_zip_longest"),
            ("pairwise", "__npy_pairwise"),
            ("starmap", "__npy_starmap"),
            ("compress", "__npy_compress"),
            ("filterfalse", "__npy_filterfalse"),
        ],
    },
    NativeModule {
        name: "operator",
        functions: &[],
        constants: |_| Vec::new(),
        python: &[
            ("itemgetter", "__npy_itemgetter"),
            ("attrgetter", "__npy_attrgetter"),
            ("add", "__npy_op_add"),
            ("sub", "__npy_op_sub"),
            ("mul", "__npy_op_mul"),
            ("truediv", "__npy_op_truediv"),
            ("floordiv", "__npy_op_floordiv"),
            ("mod", "__npy_op_mod"),
            ("neg", "__npy_op_neg"),
            ("eq", "__npy_op_eq"),
            ("ne", "__npy_op_ne"),
            ("lt", "__npy_op_lt"),
            ("le", "__npy_op_le"),
            ("gt", "__npy_op_gt"),
            ("ge", "__npy_op_ge"),
            ("not_", "__npy_op_not"),
            ("contains", "__npy_op_contains"),
            ("getitem", "__npy_op_getitem"),
            ("pow", "__npy_op_pow"),
            ("lshift", "__npy_op_lshift"),
            ("rshift", "__npy_op_rshift"),
            ("and_", "__npy_op_and"),
            ("or_", "__npy_op_or"),
            ("xor", "__npy_op_xor"),
            ("matmul", "__npy_op_matmul"),
            ("is_", "__npy_op_is"),
            ("is_not", "__npy_op_is_not"),
            ("abs", "__npy_op_abs"),
            ("pos", "__npy_op_pos"),
            ("invert", "__npy_op_invert"),
            ("inv", "__npy_op_invert"),
            ("truth", "__npy_op_truth"),
            ("index", "__npy_op_index"),
            ("concat", "__npy_op_concat"),
            ("countOf", "__npy_op_countOf"),
            ("indexOf", "__npy_op_indexOf"),
            ("setitem", "__npy_op_setitem"),
            ("delitem", "__npy_op_delitem"),
            ("length_hint", "__npy_op_length_hint"),
            ("iadd", "__npy_op_iadd"),
            ("isub", "__npy_op_isub"),
            ("imul", "__npy_op_imul"),
            ("itruediv", "__npy_op_itruediv"),
            ("ifloordiv", "__npy_op_ifloordiv"),
            ("imod", "__npy_op_imod"),
            ("ipow", "__npy_op_ipow"),
            ("iand", "__npy_op_iand"),
            ("ior", "__npy_op_ior"),
            ("ixor", "__npy_op_ixor"),
            ("ilshift", "__npy_op_ilshift"),
            ("irshift", "__npy_op_irshift"),
            ("iconcat", "__npy_op_iconcat"),
            ("methodcaller", "__npy_methodcaller"),
        ],
    },
    NativeModule {
        name: "heapq",
        functions: &[],
        constants: |_| Vec::new(),
        python: &[
            ("heappush", "__npy_heappush"),
            ("heappop", "__npy_heappop"),
            ("heapify", "__npy_heapify"),
            ("heapreplace", "__npy_heapreplace"),
            ("heappushpop", "__npy_heappushpop"),
            ("nlargest", "__npy_nlargest"),
            ("nsmallest", "__npy_nsmallest"),
            ("merge", "__npy_merge"),
        ],
    },
    NativeModule {
        name: "bisect",
        functions: &[],
        constants: |_| Vec::new(),
        python: &[
            ("bisect_left", "__npy_bisect_left"),
            ("bisect_right", "__npy_bisect_right"),
            ("bisect", "__npy_bisect_right"),
            ("insort_left", "__npy_insort_left"),
            ("insort_right", "__npy_insort_right"),
            ("insort", "__npy_insort_right"),
        ],
    },
    NativeModule {
        name: "copy",
        functions: &[],
        constants: |_| Vec::new(),
        python: &[("copy", "__npy_copy"), ("deepcopy", "__npy_deepcopy")],
    },
    NativeModule {
        name: "typing",
        functions: &[],
        constants: |_| Vec::new(),
        python: TYPING_NAMES,
    },
    NativeModule {
        name: "collections",
        functions: collections::FUNCTIONS,
        constants: collections::constants,
        python: &[
            ("namedtuple", "__npy_namedtuple"),
            ("deque", "__npy_deque"),
            ("ChainMap", "__npy_ChainMap"),
        ],
    },
    NativeModule {
        name: "string",
        functions: &[],
        constants: |_| Vec::new(),
        python: &[
            ("ascii_letters", "__npy_string_ascii_letters"),
            ("ascii_lowercase", "__npy_string_ascii_lowercase"),
            ("ascii_uppercase", "__npy_string_ascii_uppercase"),
            ("digits", "__npy_string_digits"),
            ("hexdigits", "__npy_string_hexdigits"),
            ("octdigits", "__npy_string_octdigits"),
            ("punctuation", "__npy_string_punctuation"),
            ("whitespace", "__npy_string_whitespace"),
            ("printable", "__npy_string_printable"),
            ("capwords", "__npy_capwords"),
            ("Template", "__npy_Template"),
        ],
    },
    NativeModule {
        name: "textwrap",
        functions: &[],
        constants: |_| Vec::new(),
        python: &[
            ("wrap", "__npy_tw_wrap"),
            ("fill", "__npy_tw_fill"),
            ("shorten", "__npy_tw_shorten"),
            ("dedent", "__npy_tw_dedent"),
            ("indent", "__npy_tw_indent"),
            ("TextWrapper", "__npy_TextWrapper"),
        ],
    },
    NativeModule {
        name: "statistics",
        functions: &[],
        constants: |_| Vec::new(),
        python: &[
            ("mean", "__npy_mean"),
            ("fmean", "__npy_fmean"),
            ("median", "__npy_median"),
            ("median_low", "__npy_median_low"),
            ("median_high", "__npy_median_high"),
            ("mode", "__npy_mode"),
            ("multimode", "__npy_multimode"),
            ("quantiles", "__npy_quantiles"),
            ("variance", "__npy_variance"),
            ("pvariance", "__npy_pvariance"),
            ("stdev", "__npy_stdev"),
            ("pstdev", "__npy_pstdev"),
            ("StatisticsError", "__npy_StatisticsError"),
            ("covariance", "__npy_covariance"),
            ("correlation", "__npy_correlation"),
            ("linear_regression", "__npy_linear_regression"),
            ("LinearRegression", "__npy_st_LinearRegression"),
            ("geometric_mean", "__npy_geometric_mean"),
            ("harmonic_mean", "__npy_harmonic_mean"),
        ],
    },
    NativeModule {
        name: "enum",
        functions: &[],
        constants: |_| Vec::new(),
        python: &[
            ("Enum", "__npy_Enum"),
            ("IntEnum", "__npy_IntEnum"),
            ("StrEnum", "__npy_StrEnum"),
            ("Flag", "__npy_Flag"),
            ("IntFlag", "__npy_IntFlag"),
            ("auto", "__npy_auto"),
            ("unique", "__npy_unique"),
        ],
    },
    NativeModule {
        name: "datetime",
        functions: &[],
        constants: |_| vec![("MINYEAR", Value::Int(1)), ("MAXYEAR", Value::Int(9999))],
        python: &[
            ("date", "__npy_dt_date"),
            ("datetime", "__npy_dt_datetime"),
            ("time", "__npy_dt_time"),
            ("timedelta", "__npy_dt_timedelta"),
            ("timezone", "__npy_dt_timezone"),
            ("tzinfo", "__npy_dt_tzinfo"),
            ("UTC", "__npy_dt_UTC"),
        ],
    },
    NativeModule {
        name: "io",
        functions: &[],
        constants: |_| Vec::new(),
        python: &[("StringIO", "__npy_StringIO")],
    },
    NativeModule {
        name: "csv",
        functions: &[],
        constants: |_| Vec::new(),
        python: &[
            ("reader", "__npy_csv_reader"),
            ("writer", "__npy_csv_writer"),
            ("DictReader", "__npy_csv_DictReader"),
            ("DictWriter", "__npy_csv_DictWriter"),
            ("Error", "__npy_csv_Error"),
            ("QUOTE_MINIMAL", "__npy_csv_QUOTE_MINIMAL"),
            ("QUOTE_ALL", "__npy_csv_QUOTE_ALL"),
            ("QUOTE_NONNUMERIC", "__npy_csv_QUOTE_NONNUMERIC"),
            ("QUOTE_NONE", "__npy_csv_QUOTE_NONE"),
        ],
    },
    NativeModule {
        name: "urllib.parse",
        functions: &[],
        constants: |_| Vec::new(),
        python: &[
            ("urlparse", "__npy_urlparse"),
            ("urlsplit", "__npy_urlsplit"),
            ("urlunparse", "__npy_urlunparse"),
            ("urlunsplit", "__npy_urlunsplit"),
            ("urljoin", "__npy_urljoin"),
            ("urldefrag", "__npy_urldefrag"),
            ("quote", "__npy_quote"),
            ("quote_plus", "__npy_quote_plus"),
            ("unquote", "__npy_unquote"),
            ("unquote_plus", "__npy_unquote_plus"),
            ("urlencode", "__npy_urlencode"),
            ("parse_qs", "__npy_parse_qs"),
            ("parse_qsl", "__npy_parse_qsl"),
            ("ParseResult", "__npy_up_ParseResult"),
            ("SplitResult", "__npy_up_SplitResult"),
        ],
    },
    // The `urllib` package: `import urllib.parse` imports `urllib.parse`, then binds `urllib`, whose `parse`
    // attribute is that module. When the job never imports `urllib.parse` (so the module prelude is not
    // installed), `urllib` has no `parse`, as in CPython.
    NativeModule {
        name: "urllib",
        functions: &[],
        constants: |vm| {
            if vm.builtins.contains_key("__npy_urlparse") {
                if let Ok(parse) = vm.import_module("urllib.parse") {
                    return vec![("parse", parse)];
                }
            }
            Vec::new()
        },
        python: &[],
    },
    NativeModule {
        name: "json",
        functions: json::FUNCTIONS,
        constants: json::constants,
        python: &[],
    },
    NativeModule {
        name: "math",
        functions: math::FUNCTIONS,
        constants: math::constants,
        python: &[],
    },
    NativeModule {
        name: "base64",
        functions: base64::FUNCTIONS,
        constants: |_| Vec::new(),
        python: &[],
    },
    NativeModule {
        name: "hashlib",
        functions: hashlib::FUNCTIONS,
        constants: hashlib::constants,
        python: &[],
    },
    NativeModule {
        name: "uuid",
        functions: uuid::FUNCTIONS,
        constants: uuid::constants,
        python: &[],
    },
    NativeModule {
        name: "random",
        functions: random::FUNCTIONS,
        constants: |_| Vec::new(),
        python: &[
            ("Random", "__npy_random_Random"),
            ("expovariate", "__npy_random_expovariate"),
            ("triangular", "__npy_random_triangular"),
            ("lognormvariate", "__npy_random_lognormvariate"),
            ("paretovariate", "__npy_random_paretovariate"),
            ("weibullvariate", "__npy_random_weibullvariate"),
            ("vonmisesvariate", "__npy_random_vonmisesvariate"),
            ("gammavariate", "__npy_random_gammavariate"),
            ("betavariate", "__npy_random_betavariate"),
        ],
    },
    NativeModule {
        name: "re",
        functions: re::FUNCTIONS,
        constants: re::constants,
        python: &[],
    },
    NativeModule {
        name: "sys",
        functions: sys::FUNCTIONS,
        constants: sys::constants,
        python: &[
            ("stdout", "__npy_sys_stdout"),
            ("stderr", "__npy_sys_stderr"),
            ("version_info", "__npy_sys_version_info"),
            ("float_info", "__npy_sys_float_info"),
        ],
    },
    NativeModule {
        name: "time",
        functions: time::FUNCTIONS,
        constants: time::constants,
        python: &[
            ("struct_time", "__npy_time_struct_time"),
            ("gmtime", "__npy_time_gmtime"),
            ("localtime", "__npy_time_gmtime"),
            ("mktime", "__npy_time_mktime"),
            ("strftime", "__npy_time_strftime"),
            ("strptime", "__npy_time_strptime"),
            ("asctime", "__npy_time_asctime_format"),
            ("ctime", "__npy_time_ctime"),
        ],
    },
    NativeModule {
        name: "http",
        functions: http::FUNCTIONS,
        constants: http::constants,
        python: &[],
    },
    NativeModule {
        name: "fs",
        functions: fs::FUNCTIONS,
        constants: |_| Vec::new(),
        python: &[],
    },
    NativeModule {
        name: "tools",
        functions: tools::FUNCTIONS,
        constants: |_| Vec::new(),
        python: &[],
    },
];

/// `typing` names: importable and subscriptable (`Optional[int]`) with CPython's reprs, `get_origin`,
/// `get_args` and `get_type_hints`; nothing is checked.
const TYPING_NAMES: &[(&str, &str)] = &[
    ("Any", "__npy_typing_Any"),
    ("Optional", "__npy_typing_Optional"),
    ("Union", "__npy_typing_Union"),
    ("List", "__npy_typing_List"),
    ("Dict", "__npy_typing_Dict"),
    ("Set", "__npy_typing_Set"),
    ("FrozenSet", "__npy_typing_FrozenSet"),
    ("Tuple", "__npy_typing_Tuple"),
    ("Callable", "__npy_typing_Callable"),
    ("Iterable", "__npy_typing_Iterable"),
    ("Iterator", "__npy_typing_Iterator"),
    ("Sequence", "__npy_typing_Sequence"),
    ("Mapping", "__npy_typing_Mapping"),
    ("MutableMapping", "__npy_typing_MutableMapping"),
    ("Generator", "__npy_typing_Generator"),
    ("Type", "__npy_typing_Type"),
    ("Literal", "__npy_typing_Literal"),
    ("Final", "__npy_typing_Final"),
    ("ClassVar", "__npy_typing_ClassVar"),
    ("TypedDict", "__npy_typing_TypedDict"),
    ("NamedTuple", "__npy_typing_NamedTuple"),
    ("TypeVar", "__npy_typing_TypeVar"),
    ("Generic", "__npy_typing_Generic"),
    ("Protocol", "__npy_typing_Protocol"),
    ("cast", "__npy_typing_cast"),
    ("TYPE_CHECKING", "__npy_typing_TYPE_CHECKING"),
    ("DefaultDict", "__npy_typing_DefaultDict"),
    ("Deque", "__npy_typing_Deque"),
    ("Counter", "__npy_typing_Counter"),
    ("OrderedDict", "__npy_typing_OrderedDict"),
    ("ChainMap", "__npy_typing_ChainMap"),
    ("Annotated", "__npy_typing_Annotated"),
    ("Awaitable", "__npy_typing_Awaitable"),
    ("Coroutine", "__npy_typing_Coroutine"),
    ("AsyncIterator", "__npy_typing_AsyncIterator"),
    ("AsyncIterable", "__npy_typing_AsyncIterable"),
    ("Collection", "__npy_typing_Collection"),
    ("Container", "__npy_typing_Container"),
    ("Hashable", "__npy_typing_Hashable"),
    ("Sized", "__npy_typing_Sized"),
    ("Reversible", "__npy_typing_Reversible"),
    ("MutableSequence", "__npy_typing_MutableSequence"),
    ("MutableSet", "__npy_typing_MutableSet"),
    ("AbstractSet", "__npy_typing_AbstractSet"),
    ("KeysView", "__npy_typing_KeysView"),
    ("ValuesView", "__npy_typing_ValuesView"),
    ("ItemsView", "__npy_typing_ItemsView"),
    ("NoReturn", "__npy_typing_NoReturn"),
    ("Never", "__npy_typing_Never"),
    ("Self", "__npy_typing_Self"),
    ("LiteralString", "__npy_typing_LiteralString"),
    ("TypeAlias", "__npy_typing_TypeAlias"),
    ("Required", "__npy_typing_Required"),
    ("NotRequired", "__npy_typing_NotRequired"),
    ("Pattern", "__npy_typing_Pattern"),
    ("Match", "__npy_typing_Match"),
    ("SupportsInt", "__npy_typing_SupportsInt"),
    ("SupportsFloat", "__npy_typing_SupportsFloat"),
    ("SupportsAbs", "__npy_typing_SupportsAbs"),
    ("SupportsIndex", "__npy_typing_SupportsIndex"),
    ("SupportsRound", "__npy_typing_SupportsRound"),
    ("SupportsBytes", "__npy_typing_SupportsBytes"),
    ("IO", "__npy_typing_IO"),
    ("TextIO", "__npy_typing_TextIO"),
    ("BinaryIO", "__npy_typing_BinaryIO"),
    ("Concatenate", "__npy_typing_Concatenate"),
    ("ParamSpec", "__npy_typing_ParamSpec"),
    ("TypeGuard", "__npy_typing_TypeGuard"),
    ("NewType", "__npy_typing_NewType"),
    ("overload", "__npy_typing_overload"),
    ("final", "__npy_typing_final"),
    ("runtime_checkable", "__npy_typing_runtime_checkable"),
    ("no_type_check", "__npy_typing_no_type_check"),
    ("assert_type", "__npy_typing_assert_type"),
    ("assert_never", "__npy_typing_assert_never"),
    ("reveal_type", "__npy_typing_reveal_type"),
    ("AnyStr", "__npy_typing_AnyStr"),
    ("Text", "__npy_typing_Text"),
    ("get_origin", "__npy_typing_get_origin"),
    ("get_args", "__npy_typing_get_args"),
    ("get_type_hints", "__npy_typing_get_type_hints"),
];

/// Whether `import name` succeeds.
pub fn module_exists(name: &str) -> bool {
    MODULES.iter().any(|m| m.name == name)
}

/// Whether module `name` is (partly) written in Python, in `PRELUDE_MODULES_SOURCE`.
pub fn module_uses_prelude_modules(name: &str) -> bool {
    MODULES
        .iter()
        .any(|m| m.name == name && !m.python.is_empty())
}

/// Names whose mention means a script may reach any attribute of a module it holds, not only the ones it
/// names: `getattr(time, name)`, `dir(random)`, `vars(m)`, `m.__dict__`.
const REFLECTIVE_NAMES: [&str; 5] = ["getattr", "hasattr", "dir", "vars", "__dict__"];

/// Whether a compiled program may use a module attribute written in Python, so its VM needs the module
/// prelude: it imports such a module and mentions (as a name or a string) one of that module's Python
/// attributes or a reflective builtin. `import time; time.sleep(1)` or `import random; random.randint(1, 6)`
/// keep a pooled VM small; `time.gmtime()` or `random.Random(7)` load the prelude. `from m import *` names
/// every public attribute, so it counts as a mention.
pub fn program_uses_prelude_modules(program: &crate::bytecode::Program) -> bool {
    use crate::bytecode::{Const, Op};
    let imported: Vec<&NativeModule> = program
        .codes
        .iter()
        .flat_map(|code| {
            code.ops.iter().filter_map(|op| match op {
                Op::Import(n) => code.names.get(*n as usize),
                _ => None,
            })
        })
        .filter_map(|name| {
            MODULES
                .iter()
                .find(|m| m.name == name && !m.python.is_empty())
        })
        .collect();
    if imported.is_empty() {
        return false;
    }
    let mentioned = |word: &str| {
        program.globals.iter().any(|n| n == word)
            || program.codes.iter().any(|code| {
                code.names.iter().any(|n| n == word)
                    || code
                        .consts
                        .iter()
                        .any(|c| matches!(c, Const::Str(s) if s == word))
            })
    };
    REFLECTIVE_NAMES.iter().any(|w| mentioned(w))
        || imported
            .iter()
            .any(|m| m.python.iter().any(|(attr, _)| mentioned(attr)))
}

/// Names of the importable modules, for documentation and diagnostics.
pub fn module_names() -> impl Iterator<Item = &'static str> {
    MODULES.iter().map(|m| m.name)
}

/// The public attribute names of module `name` (what `from name import *` binds), or None when there is no
/// such module. Constants are built by a VM, so the first call builds one to read them; the names are cached
/// for the process.
pub fn module_public_names(name: &str) -> Option<Vec<String>> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<String, Vec<String>>>> = OnceLock::new();
    let m = MODULES.iter().find(|m| m.name == name)?;
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(names) = cache.lock().unwrap_or_else(|p| p.into_inner()).get(name) {
        return Some(names.clone());
    }
    let mut vm = Vm::new(crate::interp::Limits::default());
    let mut names: Vec<String> = m.functions.iter().map(|(n, _)| n.to_string()).collect();
    names.extend(
        (m.constants)(&mut vm)
            .into_iter()
            .map(|(n, _)| n.to_string()),
    );
    names.extend(m.python.iter().map(|(n, _)| n.to_string()));
    names.retain(|n| !n.starts_with('_'));
    names.sort();
    names.dedup();
    cache
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(name.to_string(), names.clone());
    Some(names)
}

/// The native function with id `id` (`Value::Native(id)`): builtins first, then module functions in table
/// order. Returns the qualified name (`math.sqrt` for a module function) and the function.
pub(crate) fn native(id: u16) -> (&'static str, NativeFn) {
    let mut i = id as usize;
    if let Some(&(name, f)) = NATIVES.get(i) {
        return (name, f);
    }
    i -= NATIVES.len();
    for m in MODULES {
        if let Some(&(_, f)) = m.functions.get(i) {
            return (qualified_name(m.name, i), f);
        }
        i -= m.functions.len();
    }
    ("<unknown>", unknown_native)
}

/// `math.sqrt` as a static string (module function names are few and fixed, so they are leaked once each
/// per process; the table below keeps that bounded).
fn qualified_name(module: &'static str, index: usize) -> &'static str {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static NAMES: OnceLock<Mutex<HashMap<(&'static str, usize), &'static str>>> = OnceLock::new();
    let m = MODULES
        .iter()
        .find(|m| m.name == module)
        .and_then(|m| m.functions.get(index))
        .map(|f| f.0)
        .unwrap_or("?");
    let mut names = NAMES
        .get_or_init(|| Mutex::new(HashMap::new()))
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    names
        .entry((module, index))
        .or_insert_with(|| Box::leak(format!("{module}.{m}").into_boxed_str()))
}

/// The bare Python name of a native (`sqrt` for `math.sqrt`).
pub(crate) fn native_name(id: u16) -> &'static str {
    let q = native(id).0;
    q.rsplit('.').next().unwrap_or(q)
}

fn unknown_native(_: &mut Vm, _: &[Value], _: &[(String, Value)]) -> PyResult<Value> {
    Err(exc(Ty::RuntimeError, "unknown native function"))
}

impl Vm {
    /// `import name`: the cached module, or a newly built one, or ModuleNotFoundError.
    pub(crate) fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some((_, m)) = self.modules.iter().find(|(n, _)| &**n == name) {
            return Ok(*m);
        }
        let mut first_id = NATIVES.len();
        for m in MODULES {
            if m.name == name {
                let module = self.build_native_module(m, first_id)?;
                self.modules.push((name.into(), module));
                return Ok(module);
            }
            first_id += m.functions.len();
        }
        Err(crate::builtins::import_error(name))
    }

    fn build_native_module(&mut self, m: &NativeModule, first_id: usize) -> PyResult<Value> {
        let attrs = self.new_dict();
        let mut entries: Vec<(&'static str, Value)> = m
            .functions
            .iter()
            .enumerate()
            .map(|(i, (n, _))| (*n, Value::Native((first_id + i) as u16)))
            .collect();
        entries.extend((m.constants)(self));
        // Without the module prelude (the script never names these attributes), the module has only its
        // native half; a lookup of a Python attribute then raises AttributeError.
        if self.has_prelude(crate::MODULE_PRELUDE_FILENAME) {
            for (attr, global) in m.python {
                entries.push((attr, self.prelude_fn(global)?));
            }
        }
        for (n, v) in entries {
            let key = self.new_str(n);
            self.dict_set(attrs, key, v)?;
        }
        let Value::Obj(attrs) = attrs else {
            return Err(crate::interp::internal("new_dict returned a non-object"));
        };
        let h = self.heap.alloc(Obj::Module(Box::new(ModuleObj {
            name: m.name.into(),
            attrs,
        })));
        Ok(Value::Obj(h))
    }
}
