//! The bytecode format: opcodes, code objects and compiled programs.
//!
//! Format version 1. The VM is a stack machine whose frames keep their locals in a window of the VM's value
//! stack (`base .. base + nlocals`), with the operand stack above them. Every instruction is one 8-byte `Op`;
//! operands are inline. Discriminants are explicit so reordering the enum cannot change the format.
//!
//! Safepoints — where fuel is checked, the VM may yield, and the collector may run — are exactly: `Loop`
//! (every backward jump), `ForIter` (each iteration), the call instructions and `Return`. A straight-line block
//! between safepoints is bounded by the code's length, so a fuel quantum overruns by at most one block.
//!
//! Stack effects are written `[before] -> [after]`, top of stack rightmost.

/// The current bytecode format version.
pub const FORMAT_VERSION: u32 = 1;

/// Binary operators (`Binary` and `InplaceBinary` operand).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add = 0,
    Sub = 1,
    Mul = 2,
    TrueDiv = 3,
    FloorDiv = 4,
    Mod = 5,
    Pow = 6,
    LShift = 7,
    RShift = 8,
    BitAnd = 9,
    BitOr = 10,
    BitXor = 11,
    MatMul = 12,
}

impl BinOp {
    /// The Python spelling, as used in error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::MatMul => "@",
        }
    }
}

/// Comparison operators (`Compare` operand).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
    In = 6,
    NotIn = 7,
    Is = 8,
    IsNot = 9,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
        }
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum UnOp {
    Neg = 0,
    Pos = 1,
    Not = 2,
    Invert = 3,
}

/// One instruction. Jump targets are absolute instruction indexes within the code object.
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(u8)]
pub enum Op {
    /// No effect.
    Nop = 0,
    /// `[] -> [consts[i]]`.
    LoadConst(u32) = 1,
    /// `[] -> [int]`: a small int immediate.
    LoadInt(i32) = 2,
    /// `[] -> [None]`.
    LoadNone = 3,
    /// `[] -> [bool]`.
    LoadBool(bool) = 4,
    /// `[] -> [local]`; UnboundLocalError if unset.
    LoadLocal(u16) = 5,
    /// `[v] -> []`.
    StoreLocal(u16) = 6,
    /// `[] -> []`: unbinds a local (UnboundLocalError if unset).
    DeleteLocal(u16) = 7,
    /// `[] -> [cell contents]`: the local slot holds a cell.
    LoadDeref(u16) = 8,
    /// `[v] -> []`: store into the cell held in the local slot.
    StoreDeref(u16) = 9,
    /// `[] -> []`.
    DeleteDeref(u16) = 10,
    /// `[] -> [global]`: module global slot, falling back to the builtin of that name; NameError if neither.
    LoadGlobal(u32) = 11,
    /// `[v] -> []`.
    StoreGlobal(u32) = 12,
    /// `[] -> []`.
    DeleteGlobal(u32) = 13,
    /// `[] -> [cell]`: pushes the cell object itself from a local slot (to build a closure).
    LoadCell(u16) = 14,
    /// `[obj] -> [obj.names[i]]`.
    LoadAttr(u32) = 15,
    /// `[v, obj] -> []`: `obj.names[i] = v`.
    StoreAttr(u32) = 16,
    /// `[obj] -> []`.
    DeleteAttr(u32) = 17,
    /// `[obj, key] -> [obj[key]]`.
    LoadSubscr = 18,
    /// `[v, obj, key] -> []`.
    StoreSubscr = 19,
    /// `[obj, key] -> []`.
    DeleteSubscr = 20,
    /// `[start, stop] -> [slice]` (n = 2) or `[start, stop, step] -> [slice]` (n = 3).
    BuildSlice(u8) = 21,
    /// `[v] -> []`.
    Pop = 22,
    /// `[v] -> [v, v]`.
    Dup = 23,
    /// `[a, b] -> [a, b, a, b]`.
    Dup2 = 24,
    /// `[a, b] -> [b, a]`.
    Rot2 = 25,
    /// `[a, b, c] -> [c, a, b]`.
    Rot3 = 26,
    /// `[v] -> [op v]`.
    Unary(UnOp) = 27,
    /// `[a, b] -> [a op b]`.
    Binary(BinOp) = 28,
    /// `[a, b] -> [a op= b]` (in-place for lists where Python mutates).
    InplaceBinary(BinOp) = 29,
    /// `[a, b] -> [a op b]` for comparisons.
    Compare(CmpOp) = 30,
    /// `[] -> []`: jump forward.
    Jump(u32) = 31,
    /// `[] -> []`: jump backward; a safepoint.
    Loop(u32) = 32,
    /// `[v] -> []`: jump if falsy.
    JumpIfFalse(u32) = 33,
    /// `[v] -> []`: jump if truthy.
    JumpIfTrue(u32) = 34,
    /// `[v] -> [v]` and jump if falsy, else `[v] -> []` (for `and`).
    JumpIfFalseOrPop(u32) = 35,
    /// `[v] -> [v]` and jump if truthy, else `[v] -> []` (for `or`).
    JumpIfTrueOrPop(u32) = 36,
    /// `[iterable] -> [iterator]`.
    GetIter = 37,
    /// `[it] -> [it, next]`, or `[it] -> []` and jump when exhausted; a safepoint.
    ForIter(u32) = 38,
    /// `[v1..vn] -> [list]`.
    BuildList(u32) = 39,
    /// `[v1..vn] -> [tuple]`.
    BuildTuple(u32) = 40,
    /// `[v1..vn] -> [set]`.
    BuildSet(u32) = 41,
    /// `[k1, v1 .. kn, vn] -> [dict]`.
    BuildMap(u32) = 42,
    /// `[s1..sn] -> [str]`: concatenates strings (f-strings).
    BuildString(u32) = 43,
    /// `[list, x1 .. xd-1, v] -> [list, x1 .. xd-1]`: appends v to the list d deep (comprehensions).
    ListAppend(u32) = 44,
    /// As ListAppend for sets.
    SetAdd(u32) = 45,
    /// `[dict, x1 .. xd-1, k, v] -> [dict, ...]` for dict comprehensions.
    MapAdd(u32) = 46,
    /// `[list, iterable] -> [list]`: list.extend (star-expressions in displays and calls).
    ListExtend = 47,
    /// `[set, iterable] -> [set]`.
    SetUpdate = 48,
    /// `[dict, mapping] -> [dict]`: `**mapping` in displays and calls.
    DictUpdate = 49,
    /// `[list] -> [tuple]`.
    ListToTuple = 50,
    /// `[v] -> [str]` (flags & 3: 0 none, 1 `!s`, 2 `!r`, 3 `!a`; flags & 4: spec on stack `[v, spec]`).
    FormatValue(u8) = 51,
    /// `[seq] -> [vn .. v1]`: exact-length unpack, first item on top.
    UnpackSequence(u32) = 52,
    /// `[seq] -> [after.., list, before..]`: `a, *b, c = seq` with (before, after) counts.
    UnpackEx(u16, u16) = 53,
    /// `[defaults?, kwdefaults?, closure?] -> [function]`; flags (first operand): 1 defaults tuple,
    /// 2 kwdefaults dict, 4 closure tuple of cells. The u32 is a code index within the program.
    MakeFunction(u8, u32) = 54,
    /// `[f, a1..an] -> [result]`; a safepoint.
    Call(u32) = 55,
    /// `[f, a1..an, k1..km] -> [result]` where consts[names] is a tuple of the m keyword names.
    CallKw(u16, u32) = 56,
    /// `[f, args_tuple, kwargs_dict_or_None] -> [result]`.
    CallEx = 57,
    /// `[obj, a1..an] -> [result]`: calls method names[name] of obj; a safepoint.
    CallMethod(u16, u32) = 58,
    /// `[v] -> ...`: returns v to the caller; a safepoint.
    Return = 59,
    /// Raise: 0 re-raises the exception being handled; 1 `[exc] -> !`; 2 `[exc, cause] -> !`.
    Raise(u8) = 60,
    /// `[exc] -> !`: re-raises an exception value as is (end of a finally or unmatched except).
    Reraise = 61,
    /// `[exc] -> [exc]`: marks the start of handling exc (for bare raise and `__context__`).
    PushExcInfo = 62,
    /// `[] -> []`: handling of the innermost exception is over.
    PopExcInfo = 63,
    /// `[exc, type] -> [exc, bool]`: isinstance check for `except type:`.
    ExcMatch = 64,
    /// `[msg?] -> !`: raises AssertionError (flag: has message).
    AssertFail(bool) = 65,
    /// `[] -> [module]`: import of names[i]; modules outside the allowlist raise ImportError.
    Import(u32) = 66,
    /// `[module] -> [module, module.names[i]]` (ImportError if absent).
    ImportFrom(u32) = 67,
    // Superinstructions: fused forms of the commonest sequences, produced by the compiler's peephole.
    /// `[] -> [local a op local b]` (LoadLocal a; LoadLocal b; Binary op).
    BinaryLL(BinOp, u16, u16) = 68,
    /// `[] -> [local a op imm]` (LoadLocal a; LoadInt imm; Binary op).
    BinaryLI(BinOp, u16, i32) = 69,
    /// `[] -> []`: local dst = local a op local b.
    BinaryLLStore(BinOp, u16, u16, u16) = 70,
    /// `[] -> []`: local dst = local a op imm.
    BinaryLIStore(BinOp, u16, u16, i16) = 71,
    /// `[] -> [local a cmp local b]`.
    CompareLL(CmpOp, u16, u16) = 72,
    /// `[] -> [local a cmp imm]`.
    CompareLI(CmpOp, u16, i32) = 73,
    /// `[] -> [local a[imm]]` (LoadLocal a; LoadInt imm; LoadSubscr).
    SubscrLI(u16, i32) = 74,
    /// `[] -> []`: local dst op= local b (LoadLocal a; LoadLocal b; InplaceBinary op; StoreLocal dst).
    InplaceLL(BinOp, u16, u16, u16) = 75,
    /// `[] -> []`: local dst op= imm.
    InplaceLI(BinOp, u16, u16, i16) = 76,
    /// `[v] -> []`: local = local op v (in-place semantics when the flag is set, as for `x += v`).
    UpdateLocal(BinOp, bool, u16) = 77,
    /// `[v] -> []`: global = global op v.
    UpdateGlobal(BinOp, bool, u32) = 78,
    /// `[] -> [local a[local b]]` (LoadLocal a; LoadLocal b; LoadSubscr).
    SubscrLL(u16, u16) = 79,
    /// `[v] -> []`: local a[imm] = v (LoadLocal a; LoadInt imm; StoreSubscr).
    StoreSubscrLI(u16, i32) = 80,
    /// `[a, b] -> []`: jump when `a cmp b` is false (Compare; JumpIfFalse).
    CompareJump(CmpOp, u32) = 81,
    /// `[] -> [dict]`: the class body's bound locals as a namespace (`__classcell__` holds the `__class__`
    /// cell when methods use zero-argument super()); ends every class body, before Return.
    ClassNamespace = 82,
    /// `[namespace, base1..basen] -> [class]`: builds class names[name] (second operand) with n bases (C3 MRO).
    MakeClass(u16, u32) = 83,
    /// `[mgr] -> [exit, enter]`: the bound `__exit__` and `__enter__` of a context manager.
    WithEnter = 84,
    /// `[exc] -> [type(exc), exc, None]`: the arguments of `__exit__` for an exception.
    ExcTriple = 85,
    /// Suspends the running generator, yielding the top of the stack; when resumed, pushes the value sent.
    Yield = 86,
    /// `yield from`: with [subiterator, value to send] on the stack, resumes the subiterator. If it yields,
    /// leaves [subiterator, yielded value] (a `Yield` follows); if it ends, leaves its return value and jumps.
    SendTo(u32) = 87,
    /// `match` sequence pattern of `n` items (`star`: index of the `*rest` item, u16::MAX if none): pops the
    /// subject, pushes a list of `n` items (the star item a list of the middle) or None when it does not
    /// match (not a sequence, str, bytes or a mapping, or the wrong length).
    MatchSequence(u16, u16) = 88,
    /// `match` mapping pattern: pops a tuple of `n` keys and the subject; pushes a list of the values (then
    /// the dict of the other items when the flag is set) or None.
    MatchMapping(u16, bool) = 89,
    /// `match` class pattern `Cls(p1.., k=p..)` with `n` positional sub-patterns and the keyword names in
    /// constant `k`: pops the class and the subject; pushes a list of the attributes to match, or None.
    MatchClass(u16, u32) = 90,
    /// `[namespace, base1..basen, kwargs] -> [class]`: `MakeClass` with keyword arguments in the class
    /// statement (`class C(Base, flag=True)`), passed to `__init_subclass__`.
    MakeClassKw(u16, u32) = 91,
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    /// An int literal too big for i64, as decimal digits.
    BigInt(String),
    Float(f64),
    Str(String),
    /// A bytes literal.
    Bytes(Vec<u8>),
    /// A tuple of constants (keyword-name tuples, constant tuples).
    Tuple(Vec<Const>),
}

/// A protected range `[start, end)` whose exceptions jump to `target` with the operand stack cut to `depth`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    /// Operand stack depth (above the locals) to restore before pushing the exception.
    pub depth: u32,
    /// Number of exceptions being handled (enclosing `except`/`finally` bodies) in this frame at `start`.
    pub exc_depth: u32,
}

/// A compiled function body (or the module body).
#[derive(Clone, Debug, Default)]
pub struct Code {
    /// The function's name (`<module>`, `<lambda>`, `<listcomp>`, ...).
    pub name: String,
    pub qualname: String,
    pub ops: Vec<Op>,
    /// Source line of each instruction (1-based).
    pub lines: Vec<u32>,
    pub consts: Vec<Const>,
    /// Names used by attribute, method, global-name and import instructions.
    pub names: Vec<String>,
    /// Positional parameters (including positional-or-keyword), in slots 0..nparams.
    pub nparams: u16,
    /// How many of the positional parameters are positional-only (before a `/`).
    pub nposonly: u16,
    /// Keyword-only parameters, in slots after the positional ones.
    pub nkwonly: u16,
    /// `*args` slot follows the keyword-only ones when present, then `**kwargs`.
    pub varargs: bool,
    pub varkw: bool,
    /// Names of all local slots (parameters first).
    pub local_names: Vec<String>,
    /// Local slots that hold cells (captured by inner functions); a parameter listed here is wrapped on entry.
    pub cell_slots: Vec<u16>,
    /// Local slots that receive the function's closure cells on entry, in closure order.
    pub free_slots: Vec<u16>,
    pub handlers: Vec<Handler>,
    /// Maximum operand stack depth above the locals.
    pub max_stack: u32,
    /// Whether this is module-level code (its names resolve as globals).
    pub is_module: bool,
    /// Whether this is a generator function (it contains `yield`) or a generator expression: calling it
    /// makes a generator object instead of running it.
    pub is_generator: bool,
    /// The docstring (`__doc__`): the function body's first statement when it is a string literal.
    pub doc: Option<Box<str>>,
    /// `__annotations__` of a function: parameter (and `return`) name with the annotation's source text.
    pub annotations: Vec<(String, String)>,
}

impl Code {
    pub fn nlocals(&self) -> usize {
        self.local_names.len()
    }

    /// The source line of instruction `ip` (0 if unknown).
    pub fn line_at(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(0)
    }
}

/// A compiled script: its code objects (index 0 is the module body) and its module-global names.
#[derive(Clone, Debug, Default)]
pub struct Program {
    pub codes: Vec<Code>,
    /// Module globals by slot (`LoadGlobal(i)` names `globals[i]`).
    pub globals: Vec<String>,
    /// The file name shown in tracebacks.
    pub filename: String,
}

impl Program {
    /// The slot of a module global, if the script mentions it.
    pub fn global_slot(&self, name: &str) -> Option<usize> {
        self.globals.iter().position(|g| g == name)
    }
}

/// A readable listing of a program: each code object with its instructions, lines and handlers.
pub fn disassemble(program: &Program) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "; nPython bytecode v{FORMAT_VERSION} ({})",
        program.filename
    );
    let _ = writeln!(out, "; globals: {}", program.globals.join(", "));
    for (i, code) in program.codes.iter().enumerate() {
        let _ = writeln!(
            out,
            "\ncode #{i} {} (params {}, kwonly {}{}{}, locals [{}])",
            code.qualname,
            code.nparams,
            code.nkwonly,
            if code.varargs { ", *args" } else { "" },
            if code.varkw { ", **kwargs" } else { "" },
            code.local_names.join(", ")
        );
        if !code.cell_slots.is_empty() || !code.free_slots.is_empty() {
            let _ = writeln!(
                out,
                "  cells {:?} frees {:?}",
                code.cell_slots, code.free_slots
            );
        }
        let mut last_line = 0;
        for (ip, op) in code.ops.iter().enumerate() {
            let line = code.line_at(ip);
            let shown = if line != last_line {
                format!("{line:>4}")
            } else {
                "    ".into()
            };
            last_line = line;
            let note = match op {
                Op::LoadConst(k) => code.consts.get(*k as usize).map(|c| format!("  ; {c:?}")),
                Op::LoadAttr(n)
                | Op::StoreAttr(n)
                | Op::DeleteAttr(n)
                | Op::Import(n)
                | Op::ImportFrom(n)
                | Op::MakeClass(_, n)
                | Op::MakeClassKw(_, n) => code.names.get(*n as usize).map(|s| format!("  ; {s}")),
                Op::CallMethod(_, n) => code.names.get(*n as usize).map(|s| format!("  ; .{s}")),
                Op::LoadGlobal(g) | Op::StoreGlobal(g) | Op::DeleteGlobal(g) => {
                    program.globals.get(*g as usize).map(|s| format!("  ; {s}"))
                }
                Op::LoadLocal(l)
                | Op::StoreLocal(l)
                | Op::DeleteLocal(l)
                | Op::LoadDeref(l)
                | Op::StoreDeref(l)
                | Op::LoadCell(l) => code
                    .local_names
                    .get(*l as usize)
                    .map(|s| format!("  ; {s}")),
                _ => None,
            };
            let _ = writeln!(out, "{shown} {ip:>5}  {op:?}{}", note.unwrap_or_default());
        }
        for h in &code.handlers {
            let _ = writeln!(
                out,
                "  handler [{}, {}) -> {} depth {} exc_depth {}",
                h.start, h.end, h.target, h.depth, h.exc_depth
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_are_eight_bytes() {
        assert_eq!(std::mem::size_of::<Op>(), 8);
    }
}
