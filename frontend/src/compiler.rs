//! Lowers the tree-sitter CST of a script straight to bytecode.
//!
//! One pass per function body; scope analysis (`scope.rs`) has already decided where every name lives.
//! Unsupported or malformed constructs become diagnostics and the compiler keeps going, so one run reports
//! every problem. `try`/`finally` is compiled CPython-style: the finally body is emitted on each way out of
//! the protected region (normal, exception, and every break/continue/return that leaves it).

use npython_vm::bytecode::{BinOp, CmpOp, Code, Const, Handler, Op, Program, UnOp};
use tree_sitter::Node;

use crate::diag::{line_col, Diagnostic};
use crate::literal::{parse_float, parse_int, parse_prefix, unescape, IntLit};
use crate::scope::{Access, ScopeKind, Scopes};
use crate::syntax::{children, named, text, Params};

enum Block<'t> {
    Loop {
        continue_target: u32,
        breaks: Vec<usize>,
        is_for: bool,
    },
    /// A protected region: the try body of `try/except` (finally = None), of `try/finally`, or of `with`.
    Try {
        finally: Option<Cleanup<'t>>,
        intervals: Vec<(u32, u32)>,
        open: Option<u32>,
    },
    /// Inside an `except` body or a finally handler: leaving it by a jump ends the handling. `star` marks
    /// an `except*` body, which no `break`, `continue` or `return` may leave (the other clauses must run).
    Handler { star: bool },
}

/// What leaving a protected region by a jump or return must run first.
#[derive(Clone, Copy)]
enum Cleanup<'t> {
    /// The body of a `finally:` clause.
    Finally(Node<'t>),
    /// `exit(None, None, None)` for a `with` block, its bound `__exit__` held in this local.
    WithExit(u16),
}

struct FnState {
    code: Code,
    scope: usize,
    /// Indexes into `Compiler::blocks` of the enclosing blocks, innermost last.
    stack: Vec<usize>,
    /// For-loop iterators on the operand stack at statement level.
    iter_depth: u32,
    line: u32,
    /// The latest jump target; superinstructions never span it.
    barrier: u32,
    /// Whether this code is a class body (its functions' qualnames are `Class.name`).
    is_class: bool,
    /// Whether this class body keeps an `__annotations__` dict its annotated assignments add to.
    annotates: bool,
}

/// The compiler for one module.
pub struct Compiler<'s, 't> {
    src: &'s str,
    scopes: Scopes,
    codes: Vec<Code>,
    globals: Vec<String>,
    pub diags: Vec<Diagnostic>,
    fns: Vec<FnState>,
    blocks: Vec<Block<'t>>,
    /// Set while compiling a starred element whose `*` tree-sitter attached to the innermost operand
    /// (`*f()` parses as a call of `*f`): the list_splat then stands for its operand.
    unwrap_splat: bool,
    /// `from __future__ import annotations`: annotations stay source text instead of being evaluated.
    text_annotations: bool,
}

impl<'s, 't> Compiler<'s, 't> {
    pub fn new(src: &'s str, root: Node<'t>) -> Compiler<'s, 't> {
        let scopes = Scopes::analyse(root, src);
        let globals = scopes.module_names.clone();
        let mut c = Compiler {
            src,
            scopes,
            codes: Vec::new(),
            globals,
            diags: Vec::new(),
            fns: Vec::new(),
            blocks: Vec::new(),
            unwrap_splat: false,
            text_annotations: named(root).iter().any(|s| {
                s.kind() == "future_import_statement" && text(*s, src).contains("annotations")
            }),
        };
        for (msg, byte) in c.scopes.late_globals.clone() {
            let (line, col) = c.pos_of_byte(byte);
            c.diags.push(Diagnostic::error("syntax", line, col, msg));
        }
        for (name, byte) in c.scopes.bad_nonlocals.clone() {
            let (line, col) = c.pos_of_byte(byte);
            c.diags.push(Diagnostic::error(
                "syntax",
                line,
                col,
                format!("no binding for nonlocal '{name}' found"),
            ));
        }
        c
    }

    fn pos_of_byte(&self, byte: usize) -> (u32, u32) {
        let before = &self.src[..byte.min(self.src.len())];
        let row = before.matches('\n').count();
        let col = before.rfind('\n').map(|p| byte - p - 1).unwrap_or(byte);
        line_col(self.src, row, col)
    }

    fn pos(&self, node: Node) -> (u32, u32) {
        let p = node.start_position();
        line_col(self.src, p.row, p.column)
    }

    fn error(&mut self, node: Node, code: &'static str, msg: impl Into<String>) -> &mut Diagnostic {
        let (line, col) = self.pos(node);
        self.diags.push(Diagnostic::error(code, line, col, msg));
        let n = self.diags.len() - 1;
        &mut self.diags[n]
    }

    fn unsupported(&mut self, node: Node, what: &str, hint: &str) {
        self.error(
            node,
            "unsupported",
            format!("{what} is not supported by nPython yet"),
        )
        .hint = Some(hint.into());
    }

    /// Compiles the module; the value of a final expression statement becomes the script's result.
    pub fn compile_module(mut self, root: Node<'t>, filename: &str) -> (Program, Vec<Diagnostic>) {
        self.codes.push(Code::default());
        self.fns.push(FnState {
            code: Code {
                name: "<module>".into(),
                qualname: "<module>".into(),
                is_module: true,
                ..Code::default()
            },
            scope: 0,
            stack: Vec::new(),
            iter_depth: 0,
            line: 1,
            barrier: 0,
            is_class: false,
            annotates: false,
        });
        let stmts = named(root);
        self.check_layout(root, &stmts);
        let last_expr = stmts.last().filter(|s| {
            s.kind() == "expression_statement"
                && named(**s).len() == 1
                && !matches!(
                    named(**s)[0].kind(),
                    "assignment" | "augmented_assignment" | "yield"
                )
        });
        for (i, s) in stmts.iter().enumerate() {
            if i + 1 == stmts.len() && last_expr.is_some() {
                self.set_line(*s);
                let e = named(*s)[0];
                if e.kind() == "named_expression" {
                    self.error(e, "syntax", "invalid syntax").hint = Some(
                        "the walrus operator needs parentheses here: `(name := value)`; or use `=`"
                            .into(),
                    );
                }
                self.expr(e);
                self.emit(Op::Return);
            } else {
                self.stmt(*s);
            }
        }
        self.emit(Op::LoadNone);
        self.emit(Op::Return);
        let f = self.fns.pop().map(|f| f.code).unwrap_or_default();
        self.codes[0] = f;
        let program = Program {
            codes: self.codes,
            globals: self.globals,
            filename: filename.to_string(),
        };
        (program, self.diags)
    }

    // ----- emission helpers -----

    fn f(&mut self) -> &mut FnState {
        let n = self.fns.len() - 1;
        &mut self.fns[n]
    }

    fn here(&self) -> u32 {
        self.fns
            .last()
            .map(|f| f.code.ops.len() as u32)
            .unwrap_or(0)
    }

    fn emit(&mut self, op: Op) -> usize {
        if let Some(at) = self.fuse(op) {
            return at;
        }
        let f = self.f();
        let line = f.line;
        f.code.ops.push(op);
        f.code.lines.push(line);
        f.code.ops.len() - 1
    }

    /// Peephole: folds `op` into the instructions just before it when they form a superinstruction and no
    /// jump lands between them. Returns the index of the fused instruction.
    fn fuse(&mut self, op: Op) -> Option<usize> {
        let f = self.fns.last_mut()?;
        let n = f.code.ops.len();
        let ops = &f.code.ops;
        // Every jump target is at or before `barrier`, so instructions after it are never targets.
        let last = if n >= 1 && n as u32 > f.barrier {
            Some(ops[n - 1])
        } else {
            None
        };
        let last2 = if n >= 2 && (n - 1) as u32 > f.barrier {
            Some((ops[n - 2], ops[n - 1]))
        } else {
            None
        };
        let replace2 = |f: &mut FnState, new: Op| {
            f.code.ops.truncate(n - 2);
            f.code.lines.truncate(n - 1);
            f.code.ops.push(new);
            n - 2
        };
        let fused = match (op, last2, last) {
            (Op::Binary(b), Some((Op::LoadLocal(x), Op::LoadLocal(y))), _) => {
                replace2(f, Op::BinaryLL(b, x, y))
            }
            (Op::Binary(b), Some((Op::LoadLocal(x), Op::LoadInt(k))), _) => {
                replace2(f, Op::BinaryLI(b, x, k))
            }
            (Op::LoadSubscr, Some((Op::LoadLocal(x), Op::LoadInt(k))), _) => {
                replace2(f, Op::SubscrLI(x, k))
            }
            (Op::LoadSubscr, Some((Op::LoadLocal(x), Op::LoadLocal(y))), _) => {
                replace2(f, Op::SubscrLL(x, y))
            }
            (Op::StoreSubscr, Some((Op::LoadLocal(x), Op::LoadInt(k))), _) => {
                replace2(f, Op::StoreSubscrLI(x, k))
            }
            (Op::Compare(c), Some((Op::LoadLocal(x), Op::LoadLocal(y))), _)
                if !matches!(c, CmpOp::Is | CmpOp::IsNot) =>
            {
                replace2(f, Op::CompareLL(c, x, y))
            }
            (Op::Compare(c), Some((Op::LoadLocal(x), Op::LoadInt(k))), _)
                if !matches!(c, CmpOp::Is | CmpOp::IsNot) =>
            {
                replace2(f, Op::CompareLI(c, x, k))
            }
            (Op::JumpIfFalse(t), _, Some(Op::Compare(c))) => {
                f.code.ops[n - 1] = Op::CompareJump(c, t);
                n - 1
            }
            (Op::StoreLocal(d), _, Some(Op::BinaryLL(b, x, y))) => {
                f.code.ops[n - 1] = Op::BinaryLLStore(b, d, x, y);
                n - 1
            }
            (Op::StoreLocal(d), _, Some(Op::BinaryLI(b, x, k))) if i16::try_from(k).is_ok() => {
                f.code.ops[n - 1] = Op::BinaryLIStore(b, d, x, k as i16);
                n - 1
            }
            _ => return None,
        };
        Some(fused)
    }

    /// Marks the next instruction as a jump target (the peephole never fuses across it) and returns it.
    fn label(&mut self) -> u32 {
        let h = self.here();
        self.f().barrier = h;
        h
    }

    fn patch(&mut self, at: usize, target: u32) {
        let f = self.f();
        let op = &mut f.code.ops[at];
        *op = match *op {
            Op::Jump(_) => Op::Jump(target),
            Op::JumpIfFalse(_) => Op::JumpIfFalse(target),
            Op::JumpIfTrue(_) => Op::JumpIfTrue(target),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
            Op::ForIter(_) => Op::ForIter(target),
            Op::SendTo(_) => Op::SendTo(target),
            Op::CompareJump(c, _) => Op::CompareJump(c, target),
            other => other,
        };
    }

    fn patch_here(&mut self, at: usize) {
        let h = self.label();
        self.patch(at, h);
    }

    /// A jump to an earlier instruction is a `Loop` (a safepoint); a later one is a plain `Jump`.
    fn jump_to(&mut self, target: u32) {
        if target <= self.here() {
            self.emit(Op::Loop(target));
        } else {
            self.emit(Op::Jump(target));
        }
    }

    fn set_line(&mut self, node: Node) {
        let line = node.start_position().row as u32 + 1;
        self.f().line = line;
    }

    fn konst(&mut self, c: Const) -> u32 {
        let consts = &mut self.f().code.consts;
        let same = |a: &Const, b: &Const| match (a, b) {
            (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
            _ => a == b,
        };
        if let Some(i) = consts.iter().position(|k| same(k, &c)) {
            return i as u32;
        }
        consts.push(c);
        (consts.len() - 1) as u32
    }

    fn load_const(&mut self, c: Const) {
        match c {
            Const::None => {
                self.emit(Op::LoadNone);
            }
            Const::Bool(b) => {
                self.emit(Op::LoadBool(b));
            }
            Const::Int(i) if i32::try_from(i).is_ok() => {
                self.emit(Op::LoadInt(i as i32));
            }
            c => {
                let k = self.konst(c);
                self.emit(Op::LoadConst(k));
            }
        }
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let names = &mut self.f().code.names;
        if let Some(i) = names.iter().position(|n| n == name) {
            return i as u32;
        }
        names.push(name.to_string());
        (names.len() - 1) as u32
    }

    fn global_slot(&mut self, name: &str) -> u32 {
        if let Some(i) = self.globals.iter().position(|g| g == name) {
            return i as u32;
        }
        self.globals.push(name.to_string());
        (self.globals.len() - 1) as u32
    }

    fn access(&self, name: &str) -> Access {
        let scope = self.fns.last().map(|f| f.scope).unwrap_or(0);
        self.scopes.scopes[scope].access(name)
    }

    fn load_name(&mut self, name: &str) {
        match self.access(name) {
            Access::Local(i) => self.emit(Op::LoadLocal(i as u16)),
            Access::Deref(i) => self.emit(Op::LoadDeref(i as u16)),
            Access::Global => {
                let g = self.global_slot(name);
                self.emit(Op::LoadGlobal(g))
            }
        };
    }

    fn store_name(&mut self, name: &str) {
        match self.access(name) {
            Access::Local(i) => self.emit(Op::StoreLocal(i as u16)),
            Access::Deref(i) => self.emit(Op::StoreDeref(i as u16)),
            Access::Global => {
                let g = self.global_slot(name);
                self.emit(Op::StoreGlobal(g))
            }
        };
    }

    fn delete_name(&mut self, name: &str) {
        match self.access(name) {
            Access::Local(i) => self.emit(Op::DeleteLocal(i as u16)),
            Access::Deref(i) => self.emit(Op::DeleteDeref(i as u16)),
            Access::Global => {
                let g = self.global_slot(name);
                self.emit(Op::DeleteGlobal(g))
            }
        };
    }

    /// A hidden local for compiler temporaries.
    fn temp(&mut self) -> u16 {
        let f = self.f();
        let n = f.code.local_names.len();
        f.code.local_names.push(format!(".t{n}"));
        n as u16
    }

    // ----- blocks -----

    fn push_block(&mut self, b: Block<'t>) -> usize {
        self.blocks.push(b);
        let id = self.blocks.len() - 1;
        self.f().stack.push(id);
        id
    }

    fn pop_block(&mut self) {
        self.f().stack.pop();
    }

    fn open_interval(&mut self, b: usize) {
        let h = self.label();
        if let Block::Try { open, .. } = &mut self.blocks[b] {
            *open = Some(h);
        }
    }

    fn close_interval(&mut self, b: usize) {
        let h = self.label();
        if let Block::Try {
            open, intervals, ..
        } = &mut self.blocks[b]
        {
            if let Some(s) = open.take() {
                if h > s {
                    intervals.push((s, h));
                }
            }
        }
    }

    fn in_except_star(&self, blocks: &[usize]) -> bool {
        blocks
            .iter()
            .any(|b| matches!(self.blocks[*b], Block::Handler { star: true }))
    }

    fn exc_depth(&self) -> u32 {
        let Some(f) = self.fns.last() else { return 0 };
        f.stack
            .iter()
            .filter(|b| matches!(self.blocks[**b], Block::Handler { .. }))
            .count() as u32
    }

    /// Leaves the blocks above stack position `upto`, running finally bodies and ending exception handling
    /// on the way out, then emits `then` (the jump or return itself).
    fn exit_blocks(&mut self, upto: usize, then: impl FnOnce(&mut Self)) {
        let saved = self.f().stack.clone();
        let exited: Vec<usize> = saved[upto..].to_vec();
        let mut suspended = Vec::new();
        for j in (0..exited.len()).rev() {
            let b = exited[j];
            self.f().stack = saved[..upto + j].to_vec();
            let finally = match &self.blocks[b] {
                Block::Try { finally, .. } => {
                    let fin = *finally;
                    self.close_interval(b);
                    suspended.push(b);
                    fin
                }
                Block::Handler { .. } => {
                    self.emit(Op::PopExcInfo);
                    None
                }
                Block::Loop { .. } => None,
            };
            match finally {
                Some(Cleanup::Finally(body)) => self.block(body),
                Some(Cleanup::WithExit(slot)) => self.call_with_exit(slot),
                None => {}
            }
        }
        self.f().stack = saved[..upto].to_vec();
        then(self);
        self.f().stack = saved;
        for b in suspended {
            self.open_interval(b);
        }
    }

    // ----- statements -----

    fn block(&mut self, node: Node<'t>) {
        if node.kind() == "block" || node.kind() == "module" {
            let stmts = named(node);
            self.check_layout(node, &stmts);
            for s in stmts {
                self.stmt(s);
            }
        } else {
            self.stmt(node);
        }
    }

    /// tree-sitter accepts inconsistent indentation and two statements on one line without `;`; Python
    /// does not. Statements of one block must start at the same column.
    fn check_layout(&mut self, node: Node<'t>, stmts: &[Node<'t>]) {
        if stmts.iter().any(|s| s.is_error() || s.has_error()) {
            return;
        }
        let starts_line = |n: Node| {
            let p = n.start_position();
            let line_start = n.start_byte() - p.column;
            self.src
                .get(line_start..n.start_byte())
                .is_some_and(|pre| pre.trim().is_empty())
        };
        let mut reference = if node.kind() == "module" {
            Some(0usize)
        } else {
            None
        };
        let mut prev: Option<Node> = None;
        for s in stmts {
            if let Some(p) = prev {
                if p.end_position().row == s.start_position().row {
                    let between = self.src.get(p.end_byte()..s.start_byte()).unwrap_or("");
                    if !between.contains(';') {
                        self.error(*s, "syntax", "invalid syntax").hint =
                            Some("two statements on one line must be separated by `;`".into());
                    }
                }
            }
            prev = Some(*s);
            if !starts_line(*s) {
                continue;
            }
            let col = s.start_position().column;
            match reference {
                None => reference = Some(col),
                Some(r) if col > r => {
                    self.error(*s, "syntax", "unexpected indent").hint =
                        Some("indent every statement of a block by the same amount".into());
                }
                Some(r) if col < r => {
                    self.error(
                        *s,
                        "syntax",
                        "unindent does not match any outer indentation level",
                    )
                    .hint = Some("line the statement up with the block it belongs to".into());
                }
                _ => {}
            }
        }
    }

    /// Checks that a compound statement's body is a real indented block.
    fn check_body(&mut self, header: Node<'t>, body: Option<Node<'t>>, what: &str) {
        let hl = header.start_position();
        let ok = match body {
            Some(b) => match named(b).first() {
                Some(first) => {
                    let p = first.start_position();
                    p.row == hl.row || p.column > hl.column || b.start_position().row == hl.row
                }
                None => false,
            },
            None => false,
        };
        if !ok {
            let line = hl.row + 1;
            let (l, c) = match body.and_then(|b| named(b).first().copied()) {
                Some(n) => self.pos(n),
                // The body is missing: point at the line after the header, where it should start.
                None => (header.start_position().row as u32 + 2, 1),
            };
            self.diags.push(
                Diagnostic::error(
                    "syntax",
                    l,
                    c,
                    format!("expected an indented block after {what} on line {line}"),
                )
                .with_hint(
                    "indent the body of the block (4 spaces), or write `pass` for an empty body",
                ),
            );
        }
    }

    fn stmt(&mut self, node: Node<'t>) {
        self.set_line(node);
        match node.kind() {
            "expression_statement" => {
                let parts = named(node);
                for w in parts.windows(2) {
                    let between = self
                        .src
                        .get(w[0].end_byte()..w[1].start_byte())
                        .unwrap_or("");
                    if !between.contains(',') {
                        self.error(w[1], "syntax", "invalid syntax").hint =
                            Some("two expressions need an operator or a comma between them".into());
                    }
                }
                for e in parts {
                    if e.kind() == "named_expression" {
                        self.error(e, "syntax", "invalid syntax").hint =
                            Some("the walrus operator needs parentheses here: `(name := value)`; or use `=`".into());
                    }
                    match e.kind() {
                        "assignment" => self.assignment(e),
                        "augmented_assignment" => self.aug_assign(e),
                        _ => {
                            self.expr(e);
                            self.emit(Op::Pop);
                        }
                    }
                }
            }
            "pass_statement" | "future_import_statement" | "global_statement" => {}
            "nonlocal_statement" => {
                let scope = self.f().scope;
                if self.scopes.scopes[scope].kind == ScopeKind::Module {
                    self.error(
                        node,
                        "syntax",
                        "nonlocal declaration not allowed at module level",
                    );
                }
            }
            "if_statement" => self.if_stmt(node),
            "while_statement" => self.while_stmt(node),
            "for_statement" => self.for_stmt(node),
            "try_statement" => self.try_stmt(node),
            "function_definition" => self.def(node, &[]),
            "decorated_definition" => {
                let decorators: Vec<Node> = named(node)
                    .into_iter()
                    .filter(|c| c.kind() == "decorator")
                    .collect();
                match node.child_by_field_name("definition") {
                    Some(d) if d.kind() == "function_definition" => self.def(d, &decorators),
                    Some(d) if d.kind() == "class_definition" => self.class_def(d, &decorators),
                    Some(d) => self.stmt(d),
                    None => {}
                }
            }
            "return_statement" => self.return_stmt(node),
            "break_statement" | "continue_statement" => self.break_continue(node),
            "raise_statement" => self.raise_stmt(node),
            "assert_statement" => {
                let parts = named(node);
                if let Some(cond) = parts.first() {
                    self.expr(*cond);
                    let j = self.emit(Op::JumpIfTrue(0));
                    if let Some(msg) = parts.get(1) {
                        self.expr(*msg);
                        self.emit(Op::AssertFail(true));
                    } else {
                        self.emit(Op::AssertFail(false));
                    }
                    self.patch_here(j);
                }
            }
            "delete_statement" => {
                for t in named(node) {
                    self.delete(t);
                }
            }
            "import_statement" => {
                for c in named(node) {
                    let (module, bound) = match c.kind() {
                        "aliased_import" => (
                            c.child_by_field_name("name")
                                .map(|n| text(n, self.src).to_string())
                                .unwrap_or_default(),
                            c.child_by_field_name("alias")
                                .map(|a| text(a, self.src).to_string()),
                        ),
                        _ => {
                            let m = text(c, self.src).to_string();
                            let top = m.split('.').next().unwrap_or("").to_string();
                            (m, Some(top))
                        }
                    };
                    self.import_warning(c, &module);
                    let n = self.name_idx(&module);
                    self.emit(Op::Import(n));
                    match bound {
                        // `import a.b` imports a.b but binds the top-level package `a`.
                        Some(b) if c.kind() != "aliased_import" && b != module => {
                            self.emit(Op::Pop);
                            let t = self.name_idx(&b);
                            self.emit(Op::Import(t));
                            self.store_name(&b);
                        }
                        Some(b) => self.store_name(&b),
                        None => {
                            self.emit(Op::Pop);
                        }
                    }
                }
            }
            "import_from_statement" => {
                let module = node
                    .child_by_field_name("module_name")
                    .map(|m| text(m, self.src).to_string());
                let module = module.unwrap_or_default();
                if let Some(m) = node.child_by_field_name("module_name") {
                    self.import_warning(m, &module);
                }
                let n = self.name_idx(&module);
                self.emit(Op::Import(n));
                if named(node).iter().any(|c| c.kind() == "wildcard_import") {
                    if !self.f().code.is_module {
                        self.error(node, "syntax", "import * only allowed at module level");
                    }
                    for name in npython_vm::module_public_names(&module).unwrap_or_default() {
                        let k = self.name_idx(&name);
                        self.emit(Op::ImportFrom(k));
                        self.store_name(&name);
                    }
                }
                let mut cursor = node.walk();
                let names: Vec<Node> = node.children_by_field_name("name", &mut cursor).collect();
                for c in names {
                    let (name, alias) = match c.kind() {
                        "aliased_import" => (
                            c.child_by_field_name("name")
                                .map(|n| text(n, self.src).to_string())
                                .unwrap_or_default(),
                            c.child_by_field_name("alias")
                                .map(|a| text(a, self.src).to_string()),
                        ),
                        _ => (text(c, self.src).to_string(), None),
                    };
                    let k = self.name_idx(&name);
                    self.emit(Op::ImportFrom(k));
                    self.store_name(alias.as_deref().unwrap_or(&name));
                }
                self.emit(Op::Pop);
            }
            "class_definition" => self.class_def(node, &[]),
            "with_statement" => self.with_stmt(node),
            "match_statement" => self.match_stmt(node),
            "print_statement" => {
                let rest = text(node, self.src)
                    .trim_start_matches("print")
                    .trim_start();
                if rest.starts_with('(') {
                    self.error(node, "syntax", "invalid syntax in the arguments of print(...)").hint =
                        Some("check the expression inside the parentheses (a conditional expression needs `else`)".into());
                } else {
                    self.error(node, "syntax", "print is a function in Python 3")
                        .hint = Some("write print(...) with parentheses".into());
                }
            }
            "exec_statement" => {
                self.error(node, "unsupported", "exec is not available in nPython")
                    .hint = Some("scripts cannot evaluate code; write the code directly".into());
            }
            "type_alias_statement" => {}
            "ERROR" => {}
            other => {
                let what = format!("the `{other}` statement");
                self.unsupported(
                    node,
                    &what,
                    "rewrite it with the supported subset (see docs/USAGE.md)",
                );
            }
        }
    }

    fn import_warning(&mut self, node: Node, module: &str) {
        if npython_vm::module_exists(module) {
            return;
        }
        let (line, col) = self.pos(node);
        let hint = match npython_vm::import_hint(module) {
            Some(h) if h.starts_with("it would give") => format!("{h}; there is no replacement"),
            Some(h) => h.to_string(),
            None => {
                let have: Vec<&str> = npython_vm::module_names().collect();
                format!(
                    "it is not in nPython's module allowlist ({}); write the code inline",
                    have.join(", ")
                )
            }
        };
        self.diags.push(
            Diagnostic::warning(
                "import",
                line,
                col,
                format!("`import {module}` is not available in nPython and raises ImportError at run time"),
            )
            .with_hint(hint),
        );
    }

    /// `x = x op rhs` with one operator in the chain: compiles to `rhs; UpdateLocal/UpdateGlobal`.
    fn try_update_assign(&mut self, target: Node<'t>, value: Node<'t>) -> bool {
        if target.kind() != "identifier" || value.kind() != "binary_operator" {
            return false;
        }
        let (Some(l), Some(r)) = (
            value.child_by_field_name("left"),
            value.child_by_field_name("right"),
        ) else {
            return false;
        };
        let name = text(target, self.src);
        // Simple right operands fuse better into BinaryLLStore/BinaryLIStore through the peephole.
        if l.kind() != "identifier"
            || text(l, self.src) != name
            || matches!(r.kind(), "binary_operator" | "identifier" | "integer")
        {
            return false;
        }
        let op_text = value
            .child_by_field_name("operator")
            .map(|o| text(o, self.src))
            .unwrap_or("");
        let Some(op) = binop(op_text) else {
            return false;
        };
        self.update_var(name.to_string(), op, false, r)
    }

    /// Emits `rhs; Update*` for `name op= rhs` when evaluating `rhs` first cannot change the result:
    /// always for plain locals (only a walrus could rebind them), for globals only when `rhs` calls nothing.
    fn update_var(&mut self, name: String, op: BinOp, inplace: bool, rhs: Node<'t>) -> bool {
        if contains_kind(rhs, &["named_expression"]) {
            return false;
        }
        match self.access(&name) {
            Access::Local(i) => {
                self.expr(rhs);
                self.emit(Op::UpdateLocal(op, inplace, i as u16));
                true
            }
            Access::Global
                if !contains_kind(
                    rhs,
                    &[
                        "call",
                        "lambda",
                        "list_comprehension",
                        "set_comprehension",
                        "dictionary_comprehension",
                        "generator_expression",
                        "subscript",
                        "attribute",
                    ],
                ) =>
            {
                self.expr(rhs);
                let g = self.global_slot(&name);
                self.emit(Op::UpdateGlobal(op, inplace, g));
                true
            }
            _ => false,
        }
    }

    fn assignment(&mut self, node: Node<'t>) {
        self.assignment_targets(node);
        // `x: int = 0` in a class body records `__annotations__['x'] = int`.
        if self.f().annotates {
            if let (Some(ty), Some(left)) = (
                node.child_by_field_name("type"),
                node.child_by_field_name("left"),
            ) {
                if left.kind() == "identifier" {
                    let name = text(left, self.src).to_string();
                    self.annotation(ty);
                    self.load_name("__annotations__");
                    self.load_const(Const::Str(name));
                    self.emit(Op::StoreSubscr);
                }
            }
        }
    }

    fn assignment_targets(&mut self, node: Node<'t>) {
        if let (Some(l), Some(r)) = (
            node.child_by_field_name("left"),
            node.child_by_field_name("right"),
        ) {
            if self.try_update_assign(l, r) {
                return;
            }
        }
        // `a = b = value`: the right side nests assignments; collect targets left to right.
        let mut targets = Vec::new();
        let mut cur = node;
        loop {
            let Some(left) = cur.child_by_field_name("left") else {
                return;
            };
            targets.push(left);
            match cur.child_by_field_name("right") {
                Some(r) if r.kind() == "assignment" => cur = r,
                Some(r) => {
                    self.expr(r);
                    break;
                }
                None => {
                    // An annotation without a value (`x: int`) binds nothing.
                    return;
                }
            }
        }
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Op::Dup);
            }
            self.store(*t);
        }
    }

    fn aug_assign(&mut self, node: Node<'t>) {
        let (Some(left), Some(right)) = (
            node.child_by_field_name("left"),
            node.child_by_field_name("right"),
        ) else {
            return;
        };
        let op_text = node
            .child_by_field_name("operator")
            .map(|o| text(o, self.src))
            .unwrap_or("+=");
        let Some(op) = binop(op_text.trim_end_matches('=')) else {
            self.error(node, "syntax", format!("unknown operator {op_text}"));
            return;
        };
        match left.kind() {
            "identifier" => {
                let name = text(left, self.src).to_string();
                if !matches!(right.kind(), "identifier" | "integer")
                    && self.update_var(name.clone(), op, true, right)
                {
                    return;
                }
                self.load_name(&name);
                self.expr(right);
                self.emit(Op::InplaceBinary(op));
                self.store_name(&name);
            }
            "attribute" => {
                let (Some(obj), Some(attr)) = (
                    left.child_by_field_name("object"),
                    left.child_by_field_name("attribute"),
                ) else {
                    return;
                };
                self.expr(obj);
                self.emit(Op::Dup);
                let n = self.name_idx(text(attr, self.src));
                self.emit(Op::LoadAttr(n));
                self.expr(right);
                self.emit(Op::InplaceBinary(op));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(n));
            }
            "subscript" => {
                let Some(value) = left.child_by_field_name("value") else {
                    return;
                };
                self.expr(value);
                self.subscript_key(left);
                self.emit(Op::Dup2);
                self.emit(Op::LoadSubscr);
                self.expr(right);
                self.emit(Op::InplaceBinary(op));
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
            }
            _ => {
                self.error(
                    left,
                    "syntax",
                    "illegal expression for augmented assignment",
                );
            }
        }
    }

    /// Stores the value on top of the stack into an assignment target.
    fn store(&mut self, target: Node<'t>) {
        match target.kind() {
            "identifier" | "keyword_identifier" => {
                let n = text(target, self.src).to_string();
                if matches!(n.as_str(), "async" | "await") {
                    self.error(
                        target,
                        "syntax",
                        format!("invalid syntax: `{n}` is a keyword and cannot be assigned"),
                    );
                }
                self.store_name(&n);
            }
            "attribute" => {
                let (Some(obj), Some(attr)) = (
                    target.child_by_field_name("object"),
                    target.child_by_field_name("attribute"),
                ) else {
                    return;
                };
                self.expr(obj);
                let n = self.name_idx(text(attr, self.src));
                self.emit(Op::StoreAttr(n));
            }
            "subscript" => {
                let Some(value) = target.child_by_field_name("value") else {
                    return;
                };
                self.expr(value);
                self.subscript_key(target);
                self.emit(Op::StoreSubscr);
            }
            "pattern_list" | "tuple_pattern" | "list_pattern" | "tuple" | "list"
            | "expression_list" => {
                let items = named(target);
                let star = items
                    .iter()
                    .position(|i| matches!(i.kind(), "list_splat_pattern" | "list_splat"));
                match star {
                    None => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                    Some(s) => {
                        if items
                            .iter()
                            .filter(|i| matches!(i.kind(), "list_splat_pattern" | "list_splat"))
                            .count()
                            > 1
                        {
                            self.error(
                                target,
                                "syntax",
                                "multiple starred expressions in assignment",
                            );
                            return;
                        }
                        self.emit(Op::UnpackEx(s as u16, (items.len() - s - 1) as u16));
                    }
                }
                for i in items {
                    if matches!(i.kind(), "list_splat_pattern" | "list_splat") {
                        if let Some(inner) = named(i).first() {
                            self.store(*inner);
                        }
                    } else {
                        self.store(i);
                    }
                }
            }
            "parenthesized_expression" => {
                if let Some(inner) = named(target).first() {
                    self.store(*inner);
                }
            }
            _ => {
                let t = text(target, self.src).chars().take(40).collect::<String>();
                self.error(target, "syntax", format!("cannot assign to `{t}`"))
                    .hint =
                    Some("assign to a name, an attribute, a subscript or a tuple of them".into());
            }
        }
    }

    fn delete(&mut self, target: Node<'t>) {
        match target.kind() {
            "identifier" => {
                let n = text(target, self.src).to_string();
                self.delete_name(&n);
            }
            "subscript" => {
                let Some(value) = target.child_by_field_name("value") else {
                    return;
                };
                self.expr(value);
                self.subscript_key(target);
                self.emit(Op::DeleteSubscr);
            }
            "attribute" => {
                let (Some(obj), Some(attr)) = (
                    target.child_by_field_name("object"),
                    target.child_by_field_name("attribute"),
                ) else {
                    return;
                };
                self.expr(obj);
                let n = self.name_idx(text(attr, self.src));
                self.emit(Op::DeleteAttr(n));
            }
            "expression_list" | "tuple" | "list" | "parenthesized_expression" | "pattern_list" => {
                for t in named(target) {
                    self.delete(t);
                }
            }
            _ => {
                self.error(target, "syntax", "cannot delete this expression");
            }
        }
    }

    fn if_stmt(&mut self, node: Node<'t>) {
        let mut ends = Vec::new();
        let cond = node.child_by_field_name("condition");
        let body = node.child_by_field_name("consequence");
        self.check_body(node, body, "'if' statement");
        if let Some(c) = cond {
            self.expr(c);
        }
        let jf = self.emit(Op::JumpIfFalse(0));
        if let Some(b) = body {
            self.block(b);
        }
        let mut cursor = node.walk();
        let alts: Vec<Node> = node
            .children_by_field_name("alternative", &mut cursor)
            .collect();
        if alts.is_empty() {
            self.patch_here(jf);
            return;
        }
        ends.push(self.emit(Op::Jump(0)));
        self.patch_here(jf);
        for (i, alt) in alts.iter().enumerate() {
            self.set_line(*alt);
            if alt.kind() == "elif_clause" {
                let body = alt.child_by_field_name("consequence");
                self.check_body(*alt, body, "'elif' statement");
                if let Some(c) = alt.child_by_field_name("condition") {
                    self.expr(c);
                }
                let jf = self.emit(Op::JumpIfFalse(0));
                if let Some(b) = body {
                    self.block(b);
                }
                if i + 1 < alts.len() {
                    ends.push(self.emit(Op::Jump(0)));
                }
                self.patch_here(jf);
            } else {
                let body = alt.child_by_field_name("body");
                self.check_body(*alt, body, "'else' statement");
                if let Some(b) = body {
                    self.block(b);
                }
            }
        }
        for e in ends {
            self.patch_here(e);
        }
    }

    fn while_stmt(&mut self, node: Node<'t>) {
        let body = node.child_by_field_name("body");
        self.check_body(node, body, "'while' statement");
        let top = self.label();
        if let Some(c) = node.child_by_field_name("condition") {
            self.expr(c);
        }
        let exit = self.emit(Op::JumpIfFalse(0));
        let b = self.push_block(Block::Loop {
            continue_target: top,
            breaks: Vec::new(),
            is_for: false,
        });
        if let Some(body) = body {
            self.block(body);
        }
        self.pop_block();
        self.set_line(node);
        self.emit(Op::Loop(top));
        self.patch_here(exit);
        if let Some(alt) = node.child_by_field_name("alternative") {
            let body = alt.child_by_field_name("body");
            self.check_body(alt, body, "'else' statement");
            if let Some(body) = body {
                self.block(body);
            }
        }
        if let Block::Loop { breaks, .. } =
            std::mem::replace(&mut self.blocks[b], Block::Handler { star: false })
        {
            for j in breaks {
                self.patch_here(j);
            }
        }
    }

    fn for_stmt(&mut self, node: Node<'t>) {
        let body = node.child_by_field_name("body");
        self.check_body(node, body, "'for' statement");
        if node.child(0).map(|c| c.kind()) == Some("async") {
            self.unsupported(node, "`async for`", "use a plain for loop");
        }
        if let Some(r) = node.child_by_field_name("right") {
            self.expr(r);
        }
        self.emit(Op::GetIter);
        let top = self.label();
        let exit = self.emit(Op::ForIter(0));
        self.f().iter_depth += 1;
        if let Some(l) = node.child_by_field_name("left") {
            self.store(l);
        }
        let b = self.push_block(Block::Loop {
            continue_target: top,
            breaks: Vec::new(),
            is_for: true,
        });
        if let Some(body) = body {
            self.block(body);
        }
        self.pop_block();
        self.set_line(node);
        self.emit(Op::Loop(top));
        self.patch_here(exit);
        self.f().iter_depth -= 1;
        if let Some(alt) = node.child_by_field_name("alternative") {
            let body = alt.child_by_field_name("body");
            self.check_body(alt, body, "'else' statement");
            if let Some(body) = body {
                self.block(body);
            }
        }
        if let Block::Loop { breaks, .. } =
            std::mem::replace(&mut self.blocks[b], Block::Handler { star: false })
        {
            for j in breaks {
                self.patch_here(j);
            }
        }
    }

    fn break_continue(&mut self, node: Node<'t>) {
        let is_break = node.kind() == "break_statement";
        let stack = self.f().stack.clone();
        let Some(pos) = stack
            .iter()
            .rposition(|b| matches!(self.blocks[*b], Block::Loop { .. }))
        else {
            let what = if is_break { "'break'" } else { "'continue'" };
            self.error(node, "syntax", format!("{what} outside loop"));
            return;
        };
        if self.in_except_star(&stack[pos + 1..]) {
            self.error(node, "syntax", EXCEPT_STAR_EXIT);
            return;
        }
        let loop_id = stack[pos];
        let (target, is_for) = match &self.blocks[loop_id] {
            Block::Loop {
                continue_target,
                is_for,
                ..
            } => (*continue_target, *is_for),
            _ => return,
        };
        self.exit_blocks(pos + 1, |c| {
            if is_break {
                if is_for {
                    c.emit(Op::Pop);
                }
                let j = c.emit(Op::Jump(0));
                if let Block::Loop { breaks, .. } = &mut c.blocks[loop_id] {
                    breaks.push(j);
                }
            } else {
                c.jump_to(target);
            }
        });
    }

    fn return_stmt(&mut self, node: Node<'t>) {
        let scope = self.f().scope;
        // A class body compiles to a function too, but its `return` would hand back something other than
        // the namespace: CPython rejects it, and so must we.
        if matches!(
            self.scopes.scopes[scope].kind,
            ScopeKind::Module | ScopeKind::Class
        ) {
            self.error(node, "syntax", "'return' outside function");
            return;
        }
        let stack = self.f().stack.clone();
        if self.in_except_star(&stack) {
            self.error(node, "syntax", EXCEPT_STAR_EXIT);
            return;
        }
        match named(node).first() {
            Some(v) => self.expr(*v),
            None => {
                self.emit(Op::LoadNone);
            }
        }
        let needs_cleanup = {
            let f = self.fns.last();
            f.map(|f| {
                f.stack.iter().any(|b| {
                    matches!(
                        self.blocks[*b],
                        Block::Try {
                            finally: Some(_),
                            ..
                        } | Block::Handler { .. }
                    )
                })
            })
            .unwrap_or(false)
        };
        if needs_cleanup {
            let t = self.temp();
            self.emit(Op::StoreLocal(t));
            self.exit_blocks(0, |c| {
                c.emit(Op::LoadLocal(t));
                c.emit(Op::Return);
            });
        } else {
            self.emit(Op::Return);
        }
    }

    fn raise_stmt(&mut self, node: Node<'t>) {
        let parts = named(node);
        let cause = node.child_by_field_name("cause");
        match parts.first() {
            None => {
                self.emit(Op::Raise(0));
            }
            Some(e) => {
                self.expr(*e);
                match cause {
                    Some(c) => {
                        self.expr(c);
                        self.emit(Op::Raise(2));
                    }
                    None => {
                        self.emit(Op::Raise(1));
                    }
                }
            }
        }
    }

    fn register_handler(&mut self, b: usize, target: u32, depth: u32, exc_depth: u32) {
        if let Block::Try { intervals, .. } = &self.blocks[b] {
            let hs: Vec<Handler> = intervals
                .iter()
                .map(|&(start, end)| Handler {
                    start,
                    end,
                    target,
                    depth,
                    exc_depth,
                })
                .collect();
            self.f().code.handlers.extend(hs);
        }
    }

    fn try_stmt(&mut self, node: Node<'t>) {
        let body = node.child_by_field_name("body");
        self.check_body(node, body, "'try' statement");
        let parts = named(node);
        let excepts: Vec<Node> = parts
            .iter()
            .copied()
            .filter(|p| p.kind() == "except_clause")
            .collect();
        let else_clause = parts.iter().copied().find(|p| p.kind() == "else_clause");
        let finally_clause = parts.iter().copied().find(|p| p.kind() == "finally_clause");
        let stars = excepts.iter().filter(|ex| is_except_star(**ex)).count();
        let star = stars > 0;
        if star && stars < excepts.len() {
            self.error(
                node,
                "syntax",
                "cannot have both 'except' and 'except*' on the same 'try'",
            );
            return;
        }
        if excepts.is_empty() && finally_clause.is_none() {
            self.error(node, "syntax", "expected 'except' or 'finally' block")
                .hint = Some(
                "add an `except Exception:` handler or a `finally:` block after the try body"
                    .into(),
            );
            return;
        }
        let depth = self.f().iter_depth;
        let exc_depth = self.exc_depth();
        let finally_body =
            finally_clause.and_then(|f| named(f).into_iter().find(|c| c.kind() == "block"));
        let fin_block = finally_body.map(|fb| {
            let b = self.push_block(Block::Try {
                finally: Some(Cleanup::Finally(fb)),
                intervals: Vec::new(),
                open: None,
            });
            self.open_interval(b);
            b
        });

        if excepts.is_empty() {
            if let Some(b) = body {
                self.block(b);
            }
        } else {
            let tb = self.push_block(Block::Try {
                finally: None,
                intervals: Vec::new(),
                open: None,
            });
            self.open_interval(tb);
            if let Some(b) = body {
                self.block(b);
            }
            self.close_interval(tb);
            self.pop_block();
            if let Some(e) = else_clause {
                if let Some(b) = e.child_by_field_name("body") {
                    self.block(b);
                }
            }
            let mut ends = vec![self.emit(Op::Jump(0))];
            let handler = self.label();
            self.register_handler(tb, handler, depth, exc_depth);
            self.emit(Op::PushExcInfo);
            if star {
                self.except_star_clauses(&excepts, depth);
                ends.push(self.emit(Op::Jump(0)));
            } else {
                for (i, ex) in excepts.iter().enumerate() {
                    self.set_line(*ex);
                    let (ty, alias) = except_parts(*ex);
                    let mut next = None;
                    match ty {
                        Some(t) => {
                            self.expr(t);
                            self.emit(Op::ExcMatch);
                            next = Some(self.emit(Op::JumpIfFalse(0)));
                        }
                        None => {
                            if i + 1 < excepts.len() {
                                self.error(*ex, "syntax", "default 'except:' must be last");
                            }
                        }
                    }
                    match alias {
                        Some(a) => self.store(a),
                        None => {
                            self.emit(Op::Pop);
                        }
                    }
                    self.push_block(Block::Handler { star: false });
                    if let Some(b) = named(*ex).into_iter().find(|c| c.kind() == "block") {
                        self.block(b);
                    }
                    self.pop_block();
                    self.emit(Op::PopExcInfo);
                    self.unbind_handler_alias(alias);
                    ends.push(self.emit(Op::Jump(0)));
                    if let Some(n) = next {
                        self.patch_here(n);
                    }
                }
                // No clause matched: the exception continues outwards.
                self.emit(Op::Reraise);
            }
            for e in ends {
                self.patch_here(e);
            }
        }

        if let (Some(fb), Some(fbody)) = (fin_block, finally_body) {
            self.close_interval(fb);
            self.pop_block();
            self.block(fbody);
            let end = self.emit(Op::Jump(0));
            let handler = self.label();
            self.register_handler(fb, handler, depth, exc_depth);
            self.emit(Op::PushExcInfo);
            let t = self.temp();
            self.emit(Op::StoreLocal(t));
            self.push_block(Block::Handler { star: false });
            self.block(fbody);
            self.pop_block();
            self.emit(Op::PopExcInfo);
            self.emit(Op::LoadLocal(t));
            self.emit(Op::Reraise);
            self.patch_here(end);
        }
    }

    /// As in CPython, an except clause's `as` name is unbound when the handler ends (so the exception and its
    /// traceback do not stay alive through it).
    fn unbind_handler_alias(&mut self, alias: Option<Node<'t>>) {
        if let Some(a) = alias.filter(|a| a.kind() == "identifier") {
            let n = text(a, self.src).to_string();
            self.emit(Op::LoadNone);
            self.store_name(&n);
            self.delete_name(&n);
        }
    }

    /// The `except*` clauses of a try, entered with the caught exception on the stack and being handled.
    /// A prelude state object (`__npy_except_star`) does CPython's work: each clause takes the part of what
    /// is still unhandled that matches its types (a naked exception is wrapped in a group), what the
    /// clause bodies raise is collected, and at the end the unhandled rest and the raised exceptions are
    /// raised together, as CPython's `_PyExc_PrepReraiseStar` combines them.
    fn except_star_clauses(&mut self, clauses: &[Node<'t>], depth: u32) {
        let state = self.temp();
        let matched = self.temp();
        let raised = self.temp();
        // `.except_star` is the prelude's `__npy_except_star`, under a name scripts cannot shadow.
        let helper = self.global_slot(".except_star");
        let (match_name, raised_name, finish_name) = (
            self.name_idx("match"),
            self.name_idx("raised"),
            self.name_idx("finish"),
        );
        self.emit(Op::LoadGlobal(helper));
        self.emit(Op::Rot2);
        self.emit(Op::Call(1));
        self.emit(Op::StoreLocal(state));
        self.push_block(Block::Handler { star: true });
        for ex in clauses {
            self.set_line(*ex);
            let (ty, alias) = except_parts(*ex);
            let Some(ty) = ty else {
                self.error(*ex, "syntax", "expected one or more exception types");
                continue;
            };
            self.emit(Op::LoadLocal(state));
            self.expr(ty);
            self.emit(Op::CallMethod(1, match_name));
            self.emit(Op::StoreLocal(matched));
            self.emit(Op::LoadLocal(matched));
            let next = self.emit(Op::JumpIfFalse(0));
            // The body runs with the matched group as the exception being handled (a bare `raise` re-raises
            // it); whatever escapes the body is collected rather than propagated.
            let exc_depth = self.exc_depth();
            let body_try = self.push_block(Block::Try {
                finally: None,
                intervals: Vec::new(),
                open: None,
            });
            self.open_interval(body_try);
            self.emit(Op::LoadLocal(matched));
            self.emit(Op::PushExcInfo);
            match alias {
                Some(a) => self.store(a),
                None => {
                    self.emit(Op::Pop);
                }
            }
            self.push_block(Block::Handler { star: true });
            if let Some(b) = named(*ex).into_iter().find(|c| c.kind() == "block") {
                self.block(b);
            }
            self.pop_block();
            self.emit(Op::PopExcInfo);
            self.close_interval(body_try);
            self.pop_block();
            self.unbind_handler_alias(alias);
            let done = self.emit(Op::Jump(0));
            let handler = self.label();
            self.register_handler(body_try, handler, depth, exc_depth);
            self.emit(Op::PushExcInfo);
            self.emit(Op::StoreLocal(raised));
            self.emit(Op::LoadLocal(state));
            self.emit(Op::LoadLocal(raised));
            self.emit(Op::CallMethod(1, raised_name));
            self.emit(Op::Pop);
            self.emit(Op::PopExcInfo);
            self.patch_here(done);
            self.patch_here(next);
        }
        self.pop_block();
        self.emit(Op::LoadLocal(state));
        self.emit(Op::CallMethod(0, finish_name));
        self.emit(Op::Dup);
        let nothing = self.emit(Op::JumpIfFalse(0));
        self.emit(Op::Reraise);
        self.patch_here(nothing);
        self.emit(Op::Pop);
        self.emit(Op::PopExcInfo);
    }

    /// `with a as x, b as y: body`: each item enters in order and exits in reverse, as nested blocks.
    fn with_stmt(&mut self, node: Node<'t>) {
        let body = node.child_by_field_name("body");
        self.check_body(node, body, "'with' statement");
        if node.child(0).map(|c| c.kind()) == Some("async") {
            self.unsupported(node, "`async with`", "use a plain `with`");
        }
        let items: Vec<Node> = named(node)
            .into_iter()
            .filter(|c| c.kind() == "with_clause")
            .flat_map(named)
            .filter(|c| c.kind() == "with_item")
            .collect();
        self.with_items(&items, body);
    }

    fn with_items(&mut self, items: &[Node<'t>], body: Option<Node<'t>>) {
        let Some((item, rest)) = items.split_first() else {
            if let Some(b) = body {
                self.block(b);
            }
            return;
        };
        let Some(value) = item.child_by_field_name("value") else {
            return;
        };
        // `with open(f) as g` parses as one `as_pattern` value; split it into the manager and the target.
        let (mgr, target) = if value.kind() == "as_pattern" {
            let parts = named(value);
            let target = value
                .child_by_field_name("alias")
                .map(|a| named(a).first().copied().unwrap_or(a));
            (parts.first().copied().unwrap_or(value), target)
        } else {
            (value, None)
        };
        self.set_line(*item);
        let depth = self.f().iter_depth;
        let exc_depth = self.exc_depth();
        self.expr(mgr);
        self.emit(Op::WithEnter);
        self.emit(Op::Call(0));
        match target {
            Some(t) => self.store(t),
            None => {
                self.emit(Op::Pop);
            }
        }
        let exit = self.temp();
        self.emit(Op::StoreLocal(exit));
        let b = self.push_block(Block::Try {
            finally: Some(Cleanup::WithExit(exit)),
            intervals: Vec::new(),
            open: None,
        });
        self.open_interval(b);
        self.with_items(rest, body);
        self.close_interval(b);
        self.pop_block();
        self.call_with_exit(exit);
        let end = self.emit(Op::Jump(0));
        let handler = self.label();
        self.register_handler(b, handler, depth, exc_depth);
        // An exception in the body: `exit(type, exc, None)`; a true result swallows it.
        self.emit(Op::PushExcInfo);
        let e = self.temp();
        self.emit(Op::StoreLocal(e));
        self.push_block(Block::Handler { star: false });
        self.emit(Op::LoadLocal(exit));
        self.emit(Op::LoadLocal(e));
        self.emit(Op::ExcTriple);
        self.emit(Op::Call(3));
        let swallow = self.emit(Op::JumpIfTrue(0));
        self.emit(Op::LoadLocal(e));
        self.emit(Op::Reraise);
        self.patch_here(swallow);
        self.pop_block();
        self.emit(Op::PopExcInfo);
        self.patch_here(end);
    }

    /// `exit(None, None, None)` with the bound `__exit__` in local `slot`, result discarded.
    fn call_with_exit(&mut self, slot: u16) {
        self.emit(Op::LoadLocal(slot));
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        self.emit(Op::Call(3));
        self.emit(Op::Pop);
    }

    // ----- functions -----

    fn def(&mut self, node: Node<'t>, decorators: &[Node<'t>]) {
        let Some(name_node) = node.child_by_field_name("name") else {
            return;
        };
        let name = text(name_node, self.src).to_string();
        if node.child(0).map(|c| c.kind()) == Some("async") {
            self.unsupported(
                node,
                "`async def`",
                "use a plain def; async I/O arrives in a later release",
            );
        }
        let body = node.child_by_field_name("body");
        self.check_body(node, body, &format!("function definition '{name}'"));
        for d in decorators {
            if let Some(e) = named(*d).first() {
                self.expr(*e);
            }
        }
        self.make_function(
            node,
            &name,
            node.child_by_field_name("parameters"),
            body,
            false,
        );
        for _ in decorators {
            self.emit(Op::Call(1));
        }
        self.set_line(node);
        self.store_name(&name);
    }

    /// Emits code that builds a function object for `node` (a def or lambda) and leaves it on the stack.
    fn make_function(
        &mut self,
        node: Node<'t>,
        name: &str,
        params: Option<Node<'t>>,
        body: Option<Node<'t>>,
        lambda: bool,
    ) {
        let Some(scope) = self.scopes.of_node(&node) else {
            return;
        };
        let p = params.map(|p| Params::parse(p, self.src));
        if let Some(p) = &p {
            let names = p.slot_names();
            for (i, n) in names.iter().enumerate() {
                if names[..i].contains(n) {
                    self.error(
                        node,
                        "syntax",
                        format!("duplicate argument '{n}' in function definition"),
                    );
                }
            }
            if p.bare_star && p.kwonly.is_empty() {
                self.error(node, "syntax", "named arguments must follow bare *")
                    .hint =
                    Some("remove the lone `*`, or add keyword-only parameters after it".into());
            }
        }
        let mut flags = 0u8;
        if let Some(p) = &p {
            let defaults: Vec<Node> = p.pos.iter().filter_map(|(_, d)| *d).collect();
            if !defaults.is_empty() {
                let first = p.pos.iter().position(|(_, d)| d.is_some()).unwrap_or(0);
                if p.pos[first..].iter().any(|(_, d)| d.is_none()) {
                    self.error(
                        node,
                        "syntax",
                        "non-default argument follows default argument",
                    );
                }
                for d in &defaults {
                    self.expr(*d);
                }
                self.emit(Op::BuildTuple(defaults.len() as u32));
                flags |= 1;
            }
            let kwd: Vec<(String, Node)> = p
                .kwonly
                .iter()
                .filter_map(|(n, d)| d.map(|d| (n.clone(), d)))
                .collect();
            if !kwd.is_empty() {
                for (n, d) in &kwd {
                    self.load_const(Const::Str(n.clone()));
                    self.expr(*d);
                }
                self.emit(Op::BuildMap(kwd.len() as u32));
                flags |= 2;
            }
        }
        if !lambda && !self.text_annotations {
            let annotations = self.annotation_nodes(node, params);
            if !annotations.is_empty() {
                for (n, ty) in &annotations {
                    self.load_const(Const::Str(n.clone()));
                    self.annotation(*ty);
                }
                self.emit(Op::BuildMap(annotations.len() as u32));
                flags |= 8;
            }
        }
        flags |= self.emit_closure(scope);
        let qualname = self.qualname_for(name);
        let mut code = Code {
            name: name.to_string(),
            qualname,
            ..Code::default()
        };
        if !lambda {
            code.doc = body.and_then(|b| self.docstring(b)).map(Into::into);
            if self.text_annotations {
                code.annotations = self
                    .annotation_nodes(node, params)
                    .into_iter()
                    .map(|(n, ty)| (n, text(ty, self.src).to_string()))
                    .collect();
            }
        }
        if let Some(p) = &p {
            code.nparams = p.pos.len() as u16;
            code.nposonly = p.posonly as u16;
            code.nkwonly = p.kwonly.len() as u16;
            code.varargs = p.varargs.is_some();
            code.varkw = p.varkw.is_some();
        }
        let idx = self.begin_code(code, scope);
        if let Some(b) = body {
            if lambda {
                self.expr(b);
                self.emit(Op::Return);
            } else {
                self.block(b);
                self.emit(Op::LoadNone);
                self.emit(Op::Return);
            }
        }
        self.end_code(idx, flags);
    }

    /// Evaluates an annotation: an expression, or the type syntax tree-sitter parses in annotations
    /// (`dict[str, int]`, `int | None`, `a.B`).
    fn annotation(&mut self, node: Node<'t>) {
        match node.kind() {
            "type" => match named(node).first() {
                Some(inner) => self.annotation(*inner),
                None => {
                    self.emit(Op::LoadNone);
                }
            },
            "generic_type" => {
                let parts = named(node);
                let Some(base) = parts.first() else {
                    self.emit(Op::LoadNone);
                    return;
                };
                self.annotation(*base);
                let params: Vec<Node> = parts
                    .iter()
                    .skip(1)
                    .filter(|p| p.kind() == "type_parameter")
                    .flat_map(|p| named(*p))
                    .collect();
                for p in &params {
                    self.annotation(*p);
                }
                if params.len() != 1 {
                    self.emit(Op::BuildTuple(params.len() as u32));
                }
                self.emit(Op::LoadSubscr);
            }
            "union_type" => {
                let parts = named(node);
                for p in &parts {
                    self.annotation(*p);
                }
                for _ in 1..parts.len() {
                    self.emit(Op::Binary(BinOp::BitOr));
                }
            }
            "member_type" => {
                let parts = named(node);
                if let Some(first) = parts.first() {
                    self.annotation(*first);
                }
                if let Some(attr) = parts.get(1) {
                    let k = self.name_idx(text(*attr, self.src));
                    self.emit(Op::LoadAttr(k));
                }
            }
            _ => self.expr(node),
        }
    }

    /// The docstring of a function or class body: its first statement, when that is a plain string literal.
    fn docstring(&self, body: Node) -> Option<String> {
        let first = named(body).into_iter().next()?;
        if first.kind() != "expression_statement" {
            return None;
        }
        let [lit] = named(first)[..] else { return None };
        if lit.kind() != "string" || named(lit).iter().any(|c| c.kind() == "interpolation") {
            return None;
        }
        self.string_const(lit)
    }

    /// A def's annotations, in CPython's order (parameters, then `return`).
    fn annotation_nodes(&self, def: Node<'t>, params: Option<Node<'t>>) -> Vec<(String, Node<'t>)> {
        let mut out = Vec::new();
        for p in params.map(named).unwrap_or_default() {
            let Some(ty) = p.child_by_field_name("type") else {
                continue;
            };
            let name = match p.kind() {
                "typed_default_parameter" => p.child_by_field_name("name"),
                "typed_parameter" => named(p).into_iter().next().map(|n| {
                    if matches!(n.kind(), "list_splat_pattern" | "dictionary_splat_pattern") {
                        named(n).into_iter().next().unwrap_or(n)
                    } else {
                        n
                    }
                }),
                _ => None,
            };
            if let Some(n) = name {
                out.push((text(n, self.src).to_string(), ty));
            }
        }
        if let Some(ret) = def.child_by_field_name("return_type") {
            out.push(("return".to_string(), ret));
        }
        out
    }

    /// The first parameter of the current function when it can use zero-argument `super()` (it is defined
    /// in a class body and has a parameter).
    fn zero_arg_super_operands(&self) -> Option<String> {
        let scope = self.fns.last()?.scope;
        let sc = &self.scopes.scopes[scope];
        if !matches!(self.access("__class__"), Access::Deref(_)) {
            return None;
        }
        sc.params.first().cloned()
    }

    /// The qualified name of a function or class named `name` defined in the current code.
    fn qualname_for(&self, name: &str) -> String {
        let (parent_qual, in_class) = self
            .fns
            .last()
            .map(|f| (f.code.qualname.clone(), f.is_class))
            .unwrap_or_default();
        if parent_qual == "<module>" || parent_qual.is_empty() {
            name.to_string()
        } else if in_class {
            format!("{parent_qual}.{name}")
        } else {
            format!("{parent_qual}.<locals>.{name}")
        }
    }

    /// `class Name(bases): body`: the body runs as a function whose locals become the class namespace
    /// (`ClassNamespace`), then `MakeClass` builds the class from it and the bases.
    fn class_def(&mut self, node: Node<'t>, decorators: &[Node<'t>]) {
        let Some(name_node) = node.child_by_field_name("name") else {
            return;
        };
        let name = text(name_node, self.src).to_string();
        let Some(scope) = self.scopes.of_node(&node) else {
            return;
        };
        let body = node.child_by_field_name("body");
        self.check_body(node, body, &format!("class definition '{name}'"));
        let bases: Vec<Node> = node
            .child_by_field_name("superclasses")
            .map(named)
            .unwrap_or_default();
        for b in &bases {
            if is_splat(*b) {
                self.unsupported(
                    *b,
                    "star-arguments in a class definition",
                    "list the base classes and keywords explicitly",
                );
            }
        }
        for d in decorators {
            if let Some(e) = named(*d).first() {
                self.expr(*e);
            }
        }
        let flags = self.emit_closure(scope);
        let code = Code {
            name: name.clone(),
            qualname: self.qualname_for(&name),
            ..Code::default()
        };
        let idx = self.begin_code(code, scope);
        self.f().is_class = true;
        if let Some(b) = body {
            if let Some(doc) = self.docstring(b) {
                self.load_const(Const::Str(doc));
                self.store_name("__doc__");
            }
            let annotations = crate::syntax::class_annotations(b, self.src);
            if !annotations.is_empty() {
                if self.text_annotations {
                    for (n, t) in &annotations {
                        self.load_const(Const::Str(n.clone()));
                        self.load_const(Const::Str(t.clone()));
                    }
                    self.emit(Op::BuildMap(annotations.len() as u32));
                } else {
                    // Filled as the body runs: `x: int = 0` evaluates `int` after the assignment.
                    self.emit(Op::BuildMap(0));
                    self.f().annotates = true;
                }
                self.store_name("__annotations__");
            }
            self.block(b);
        }
        self.emit(Op::ClassNamespace);
        self.emit(Op::Return);
        self.end_code(idx, flags);
        self.emit(Op::Call(0));
        let plain_bases: Vec<Node> = bases
            .iter()
            .copied()
            .filter(|b| b.kind() != "keyword_argument" && !is_splat(*b))
            .collect();
        for b in &plain_bases {
            self.expr(*b);
        }
        let keywords: Vec<Node> = bases
            .iter()
            .copied()
            .filter(|b| b.kind() == "keyword_argument")
            .collect();
        for k in &keywords {
            let key = k
                .child_by_field_name("name")
                .map(|n| text(n, self.src).to_string())
                .unwrap_or_default();
            self.load_const(Const::Str(key));
            if let Some(v) = k.child_by_field_name("value") {
                self.expr(v);
            }
        }
        let n = self.name_idx(&name);
        self.set_line(node);
        if keywords.is_empty() {
            self.emit(Op::MakeClass(plain_bases.len() as u16, n));
        } else {
            self.emit(Op::BuildMap(keywords.len() as u32));
            self.emit(Op::MakeClassKw(plain_bases.len() as u16, n));
        }
        for _ in decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&name);
    }

    /// Emits the tuple of cells a nested scope closes over; returns the `MakeFunction` flag for it.
    fn emit_closure(&mut self, scope: usize) -> u8 {
        let frees = self.scopes.scopes[scope].frees.clone();
        if frees.is_empty() {
            return 0;
        }
        for f in &frees {
            match self.access(f) {
                Access::Deref(i) | Access::Local(i) => {
                    self.emit(Op::LoadCell(i as u16));
                }
                Access::Global => {
                    self.emit(Op::LoadNone);
                }
            }
        }
        self.emit(Op::BuildTuple(frees.len() as u32));
        4
    }

    /// Starts compiling a nested scope's body into `code`, with its slots laid out by the scope analysis.
    /// Returns the code's index in the program.
    fn begin_code(&mut self, mut code: Code, scope: usize) -> usize {
        let sc = &self.scopes.scopes[scope];
        code.local_names = sc.locals.clone();
        code.local_names.extend(sc.frees.iter().cloned());
        code.cell_slots = sc
            .locals
            .iter()
            .enumerate()
            .filter(|(_, n)| sc.cells.contains(*n))
            .map(|(i, _)| i as u16)
            .collect();
        code.free_slots = (sc.locals.len()..sc.locals.len() + sc.frees.len())
            .map(|i| i as u16)
            .collect();
        let idx = self.codes.len();
        self.codes.push(Code::default());
        let line = self.f().line;
        self.fns.push(FnState {
            code,
            scope,
            stack: Vec::new(),
            iter_depth: 0,
            line,
            barrier: 0,
            is_class: false,
            annotates: false,
        });
        idx
    }

    /// Finishes the code `begin_code` started and emits the instruction that makes its function.
    fn end_code(&mut self, idx: usize, flags: u8) {
        let mut f = self.fns.pop().map(|f| f.code).unwrap_or_default();
        f.max_stack = 32;
        self.codes[idx] = f;
        self.emit(Op::MakeFunction(flags, idx as u32));
    }

    fn comprehension(&mut self, node: Node<'t>) {
        let Some(scope) = self.scopes.of_node(&node) else {
            return;
        };
        let kind = node.kind();
        let parts = named(node);
        let body = parts.first().copied();
        let clauses: Vec<Node> = parts.iter().skip(1).copied().collect();
        let Some(first_for) = clauses
            .iter()
            .find(|c| c.kind() == "for_in_clause")
            .copied()
        else {
            return;
        };
        // CPython refuses a walrus anywhere in a comprehension's iterables, even inside a lambda there. A
        // comprehension inside another one's iterable finds the same walrus again: report it once.
        for c in clauses.iter().filter(|c| c.kind() == "for_in_clause") {
            let walrus = c
                .child_by_field_name("right")
                .and_then(|r| find_kind(r, &["named_expression"]));
            if let Some(w) = walrus {
                let (line, col) = self.pos(w);
                if !self.diags.iter().any(|d| d.line == line && d.col == col) {
                    self.error(
                        w,
                        "syntax",
                        "assignment expression cannot be used in a comprehension iterable expression",
                    );
                }
            }
        }
        let flags = self.emit_closure(scope);
        let name = match kind {
            "list_comprehension" => "<listcomp>",
            "set_comprehension" => "<setcomp>",
            "dictionary_comprehension" => "<dictcomp>",
            _ => "<genexpr>",
        };
        let parent_qual = self
            .fns
            .last()
            .map(|f| f.code.qualname.clone())
            .unwrap_or_default();
        let code = Code {
            name: name.into(),
            qualname: if parent_qual == "<module>" {
                name.into()
            } else {
                format!("{parent_qual}.{name}")
            },
            nparams: 1,
            ..Code::default()
        };
        let lazy = kind == "generator_expression";
        let idx = self.begin_code(code, scope);
        match kind {
            "set_comprehension" => self.emit(Op::BuildSet(0)),
            "dictionary_comprehension" => self.emit(Op::BuildMap(0)),
            // A generator expression is a generator: each value is yielded as it is asked for.
            "generator_expression" => {
                self.f().code.is_generator = true;
                0
            }
            _ => self.emit(Op::BuildList(0)),
        };
        // Loop nest: each `for` adds an iterator on the stack; `if`s skip to the innermost loop's next step.
        let mut loops: Vec<(u32, usize)> = Vec::new();
        let mut first = true;
        for c in &clauses {
            match c.kind() {
                "for_in_clause" => {
                    if first {
                        self.emit(Op::LoadLocal(0));
                        first = false;
                    } else if let Some(r) = c.child_by_field_name("right") {
                        self.expr(r);
                        self.emit(Op::GetIter);
                    }
                    let top = self.label();
                    let exit = self.emit(Op::ForIter(0));
                    loops.push((top, exit));
                    if let Some(l) = c.child_by_field_name("left") {
                        self.store(l);
                    }
                }
                "if_clause" => {
                    if let Some(cond) = named(*c).first() {
                        self.expr(*cond);
                        let top = loops.last().map(|l| l.0).unwrap_or(0);
                        let skip = self.emit(Op::JumpIfTrue(0));
                        self.emit(Op::Loop(top));
                        self.patch_here(skip);
                    }
                }
                _ => {}
            }
        }
        let depth = loops.len() as u32 + 1;
        match (kind, body) {
            ("dictionary_comprehension", Some(b)) if b.kind() == "pair" => {
                if let (Some(k), Some(v)) =
                    (b.child_by_field_name("key"), b.child_by_field_name("value"))
                {
                    self.expr(k);
                    self.expr(v);
                }
                self.emit(Op::MapAdd(depth));
            }
            ("set_comprehension", Some(b)) => {
                self.expr(b);
                self.emit(Op::SetAdd(depth));
            }
            (_, Some(b)) if lazy => {
                self.expr(b);
                self.emit(Op::Yield);
                self.emit(Op::Pop);
            }
            (_, Some(b)) => {
                self.expr(b);
                self.emit(Op::ListAppend(depth));
            }
            _ => {}
        }
        for (top, exit) in loops.into_iter().rev() {
            self.emit(Op::Loop(top));
            self.patch_here(exit);
        }
        if lazy {
            self.emit(Op::LoadNone);
        }
        self.emit(Op::Return);
        self.end_code(idx, flags);
        // The first iterable is evaluated where the comprehension is written (as in CPython).
        if let Some(r) = first_for.child_by_field_name("right") {
            self.expr(r);
        }
        self.emit(Op::GetIter);
        self.emit(Op::Call(1));
    }

    /// `match subject: case pattern [if guard]: ...`. The subject goes to a hidden local; each case tests
    /// its pattern against it, jumping to the next case on the first failed test, binding names as it goes
    /// (as CPython may, names bound by a failed case can stay bound).
    fn match_stmt(&mut self, node: Node<'t>) {
        let mut subjects = Vec::new();
        let mut cursor = node.walk();
        for c in node.children_by_field_name("subject", &mut cursor) {
            subjects.push(c);
        }
        for s in &subjects {
            self.expr(*s);
        }
        if subjects.len() != 1 {
            self.emit(Op::BuildTuple(subjects.len() as u32));
        }
        let subject = self.temp();
        self.emit(Op::StoreLocal(subject));
        let cases: Vec<Node> = node
            .child_by_field_name("body")
            .map(named)
            .unwrap_or_default()
            .into_iter()
            .filter(|c| c.kind() == "case_clause")
            .collect();
        let mut done = Vec::new();
        for (i, case) in cases.iter().enumerate() {
            self.set_line(*case);
            let patterns: Vec<Node> = named(*case)
                .into_iter()
                .filter(|c| c.kind() == "case_pattern")
                .collect();
            let guard = case.child_by_field_name("guard");
            if guard.is_none() && i + 1 < cases.len() && patterns.len() == 1 {
                if let Some(what) = self.irrefutable(patterns[0]) {
                    self.error(
                        patterns[0],
                        "syntax",
                        format!("{what} makes remaining patterns unreachable"),
                    );
                }
            }
            let mut fails = Vec::new();
            if patterns.len() == 1 {
                self.pattern(patterns[0], subject, &mut fails);
            } else {
                self.sequence_pattern(&patterns, subject, &mut fails);
            }
            if let Some(cond) = guard.and_then(|g| named(g).first().copied()) {
                self.expr(cond);
                fails.push(self.emit(Op::JumpIfFalse(0)));
            }
            if let Some(body) = case.child_by_field_name("consequence") {
                self.block(body);
            }
            done.push(self.emit(Op::Jump(0)));
            for f in fails {
                self.patch_here(f);
            }
        }
        for d in done {
            self.patch_here(d);
        }
    }

    /// "wildcard" or "name capture 'x'" when `pattern` matches anything.
    fn irrefutable(&self, pattern: Node) -> Option<String> {
        let inner = named(pattern);
        match inner.as_slice() {
            [] if text(pattern, self.src).trim() == "_" => Some("wildcard".into()),
            [d] if d.kind() == "dotted_name" && named(*d).len() == 1 => {
                let n = text(*d, self.src);
                Some(if n == "_" {
                    "wildcard".into()
                } else {
                    format!("name capture '{n}'")
                })
            }
            _ => None,
        }
    }

    /// Tests `pattern` against the value in local `subject`, adding the jumps taken on failure to `fails`.
    fn pattern(&mut self, node: Node<'t>, subject: u16, fails: &mut Vec<usize>) {
        match node.kind() {
            "case_pattern" => {
                let inner = named(node);
                let negative = node.child(0).is_some_and(|c| c.kind() == "-");
                match inner.as_slice() {
                    [] => {} // `_`
                    [lit] if negative => {
                        self.emit(Op::LoadLocal(subject));
                        self.expr(*lit);
                        self.emit(Op::Unary(npython_vm::bytecode::UnOp::Neg));
                        self.emit(Op::Compare(CmpOp::Eq));
                        fails.push(self.emit(Op::JumpIfFalse(0)));
                    }
                    [one] => self.pattern(*one, subject, fails),
                    _ => {
                        self.error(node, "syntax", "invalid pattern");
                    }
                }
            }
            "dotted_name" => {
                let ids = named(node);
                if ids.len() == 1 {
                    let n = text(ids[0], self.src).to_string();
                    if n != "_" {
                        self.emit(Op::LoadLocal(subject));
                        self.store_name(&n);
                    }
                } else {
                    // A value pattern (`Color.RED`): compared with ==.
                    self.emit(Op::LoadLocal(subject));
                    self.dotted_value(node);
                    self.emit(Op::Compare(CmpOp::Eq));
                    fails.push(self.emit(Op::JumpIfFalse(0)));
                }
            }
            "integer" | "float" | "string" | "concatenated_string" => {
                self.emit(Op::LoadLocal(subject));
                self.expr(node);
                self.emit(Op::Compare(CmpOp::Eq));
                fails.push(self.emit(Op::JumpIfFalse(0)));
            }
            "true" | "false" | "none" => {
                self.emit(Op::LoadLocal(subject));
                self.expr(node);
                self.emit(Op::Compare(CmpOp::Is));
                fails.push(self.emit(Op::JumpIfFalse(0)));
            }
            "union_pattern" => {
                let alternatives = named(node);
                let mut matched = Vec::new();
                for (i, alt) in alternatives.iter().enumerate() {
                    if i + 1 == alternatives.len() {
                        self.pattern(*alt, subject, fails);
                    } else {
                        let mut alt_fails = Vec::new();
                        self.pattern(*alt, subject, &mut alt_fails);
                        matched.push(self.emit(Op::Jump(0)));
                        for f in alt_fails {
                            self.patch_here(f);
                        }
                    }
                }
                for m in matched {
                    self.patch_here(m);
                }
            }
            "as_pattern" => {
                for c in named(node) {
                    if c.kind() == "identifier" {
                        let n = text(c, self.src).to_string();
                        self.emit(Op::LoadLocal(subject));
                        self.store_name(&n);
                    } else {
                        self.pattern(c, subject, fails);
                    }
                }
            }
            "list_pattern" | "tuple_pattern" => {
                let items = named(node);
                let grouped = node.kind() == "tuple_pattern"
                    && items.len() == 1
                    && !children(node).iter().any(|c| c.kind() == ",");
                if grouped {
                    self.pattern(items[0], subject, fails);
                } else {
                    self.sequence_pattern(&items, subject, fails);
                }
            }
            "dict_pattern" => self.mapping_pattern(node, subject, fails),
            "class_pattern" => self.class_pattern(node, subject, fails),
            "splat_pattern" => {
                self.error(node, "syntax", "can't use starred name here");
            }
            _ => {
                self.unsupported(
                    node,
                    "this kind of pattern",
                    "match on ints, strings, names, sequences, mappings and classes",
                );
            }
        }
    }

    /// Loads a dotted name (`Color.RED`, `mod.CONST`) as an expression.
    fn dotted_value(&mut self, node: Node<'t>) {
        let ids = named(node);
        if let Some(first) = ids.first() {
            let n = text(*first, self.src).to_string();
            self.load_name(&n);
        }
        for id in ids.iter().skip(1) {
            let k = self.name_idx(text(*id, self.src));
            self.emit(Op::LoadAttr(k));
        }
    }

    /// Stores the list a `Match*` instruction left (None when the pattern failed) and adds the failure jump.
    fn match_result(&mut self, fails: &mut Vec<usize>) -> u16 {
        let list = self.temp();
        self.emit(Op::StoreLocal(list));
        self.emit(Op::LoadLocal(list));
        self.emit(Op::LoadNone);
        self.emit(Op::Compare(CmpOp::IsNot));
        fails.push(self.emit(Op::JumpIfFalse(0)));
        list
    }

    /// Item `i` of a `Match*` result list, in a fresh local for its sub-pattern.
    fn match_item(&mut self, list: u16, i: usize) -> u16 {
        self.emit(Op::LoadLocal(list));
        self.load_const(Const::Int(i as i64));
        self.emit(Op::LoadSubscr);
        let elem = self.temp();
        self.emit(Op::StoreLocal(elem));
        elem
    }

    /// `[a, *rest, b]`, `(a, b)`, `a, b`: the subject must be a sequence of a fitting length.
    fn sequence_pattern(&mut self, items: &[Node<'t>], subject: u16, fails: &mut Vec<usize>) {
        let star_of = |n: &Node| {
            n.kind() == "splat_pattern"
                || named(*n)
                    .first()
                    .is_some_and(|c| c.kind() == "splat_pattern")
        };
        let stars: Vec<usize> = (0..items.len()).filter(|i| star_of(&items[*i])).collect();
        if stars.len() > 1 {
            self.error(
                items[stars[1]],
                "syntax",
                "multiple starred names in sequence pattern",
            );
            return;
        }
        let star = stars.first().map_or(u16::MAX, |s| *s as u16);
        self.emit(Op::LoadLocal(subject));
        self.emit(Op::MatchSequence(items.len() as u16, star));
        let list = self.match_result(fails);
        for (i, item) in items.iter().enumerate() {
            let elem = self.match_item(list, i);
            if i as u16 == star {
                let splat = if item.kind() == "splat_pattern" {
                    *item
                } else {
                    named(*item)[0]
                };
                if let Some(id) = named(splat).first() {
                    let n = text(*id, self.src).to_string();
                    if n != "_" {
                        self.emit(Op::LoadLocal(elem));
                        self.store_name(&n);
                    }
                }
            } else {
                self.pattern(*item, elem, fails);
            }
        }
    }

    /// `{"k": p, **rest}`: the subject must be a mapping with every key.
    fn mapping_pattern(&mut self, node: Node<'t>, subject: u16, fails: &mut Vec<usize>) {
        let mut keys = Vec::new();
        let mut values = Vec::new();
        let mut rest = None;
        let mut cursor = node.walk();
        for c in node.children_by_field_name("key", &mut cursor) {
            keys.push(c);
        }
        let mut cursor = node.walk();
        for c in node.children_by_field_name("value", &mut cursor) {
            values.push(c);
        }
        for c in named(node) {
            if c.kind() == "splat_pattern" {
                rest = named(c).first().map(|id| text(*id, self.src).to_string());
            }
        }
        self.emit(Op::LoadLocal(subject));
        for k in &keys {
            match k.kind() {
                "dotted_name" => self.dotted_value(*k),
                _ => self.expr(*k),
            }
        }
        self.emit(Op::BuildTuple(keys.len() as u32));
        self.emit(Op::MatchMapping(keys.len() as u16, rest.is_some()));
        let list = self.match_result(fails);
        for (i, v) in values.iter().enumerate() {
            let elem = self.match_item(list, i);
            self.pattern(*v, elem, fails);
        }
        if let Some(name) = rest {
            self.emit(Op::LoadLocal(list));
            self.load_const(Const::Int(keys.len() as i64));
            self.emit(Op::LoadSubscr);
            self.store_name(&name);
        }
    }

    /// `Cls(p1, p2, attr=p3)`: the subject must be an instance; positional sub-patterns follow
    /// `__match_args__`.
    fn class_pattern(&mut self, node: Node<'t>, subject: u16, fails: &mut Vec<usize>) {
        let parts = named(node);
        let Some(class) = parts.first().copied() else {
            return;
        };
        let mut positional = Vec::new();
        let mut keywords: Vec<(String, Node<'t>)> = Vec::new();
        for p in parts.iter().skip(1) {
            let inner = named(*p);
            match inner.first() {
                Some(k) if k.kind() == "keyword_pattern" => {
                    let kp = named(*k);
                    if let (Some(name), Some(value)) = (kp.first(), kp.get(1)) {
                        keywords.push((text(*name, self.src).to_string(), *value));
                    }
                }
                _ => {
                    if !keywords.is_empty() {
                        self.error(*p, "syntax", "positional patterns follow keyword patterns");
                    }
                    positional.push(*p);
                }
            }
        }
        self.emit(Op::LoadLocal(subject));
        self.dotted_value(class);
        let names = Const::Tuple(
            keywords
                .iter()
                .map(|(n, _)| Const::Str(n.clone()))
                .collect(),
        );
        let k = self.konst(names);
        self.emit(Op::MatchClass(positional.len() as u16, k));
        let list = self.match_result(fails);
        let subpatterns: Vec<Node<'t>> = positional
            .into_iter()
            .chain(keywords.into_iter().map(|(_, v)| v))
            .collect();
        for (i, p) in subpatterns.iter().enumerate() {
            let elem = self.match_item(list, i);
            self.pattern(*p, elem, fails);
        }
    }

    /// `yield value`, `yield`, `yield from iterable`: makes the enclosing function a generator.
    fn yield_expr(&mut self, node: Node<'t>) {
        let f = self.f();
        let outside = f.code.is_module || f.is_class;
        let in_comprehension = match f.code.name.as_str() {
            "<listcomp>" => Some("list comprehension"),
            "<setcomp>" => Some("set comprehension"),
            "<dictcomp>" => Some("dict comprehension"),
            "<genexpr>" => Some("generator expression"),
            _ => None,
        };
        if outside {
            self.error(node, "syntax", "'yield' outside function");
            self.emit(Op::LoadNone);
            return;
        }
        if let Some(what) = in_comprehension {
            self.error(node, "syntax", format!("'yield' inside {what}"))
                .hint = Some("use a generator function with a loop instead".into());
            self.emit(Op::LoadNone);
            return;
        }
        self.f().code.is_generator = true;
        let delegate = node.child(1).is_some_and(|c| c.kind() == "from");
        let value = named(node).first().copied();
        if delegate {
            let Some(v) = value else {
                self.error(node, "syntax", "invalid syntax");
                self.emit(Op::LoadNone);
                return;
            };
            self.expr(v);
            self.emit(Op::GetIter);
            self.emit(Op::LoadNone);
            let top = self.label();
            let exit = self.emit(Op::SendTo(0));
            self.emit(Op::Yield);
            self.emit(Op::Loop(top));
            self.patch_here(exit);
        } else {
            match value {
                Some(v) => self.expr(v),
                None => {
                    self.emit(Op::LoadNone);
                }
            }
            self.emit(Op::Yield);
        }
    }

    // ----- expressions -----

    /// An imaginary literal (`2j`, `1.5e3J`): `complex(0.0, value)`, through the prelude's class under a
    /// name scripts cannot rebind.
    fn imaginary(&mut self, node: Node<'t>, t: &str) {
        let digits = &t[..t.len() - 1];
        let is_decimal = !digits.starts_with("0x")
            && !digits.starts_with("0o")
            && !digits.starts_with("0b")
            && !digits.starts_with("0X")
            && !digits.starts_with("0O")
            && !digits.starts_with("0B");
        match parse_float(digits).filter(|_| is_decimal) {
            Some(v) => {
                let class = self.global_slot(".complex");
                self.emit(Op::LoadGlobal(class));
                self.load_const(Const::Float(0.0));
                self.load_const(Const::Float(v));
                self.emit(Op::Call(2));
            }
            None => {
                self.error(node, "syntax", format!("invalid imaginary literal `{t}`"));
                self.emit(Op::LoadNone);
            }
        }
    }

    fn expr(&mut self, node: Node<'t>) {
        match node.kind() {
            "identifier" => {
                let n = text(node, self.src).to_string();
                self.load_name(&n);
            }
            "integer" => {
                let t = text(node, self.src);
                if t.ends_with(['j', 'J']) {
                    self.imaginary(node, t);
                    return;
                }
                if t.len() > 1
                    && t.starts_with('0')
                    && t.chars().all(|c| c.is_ascii_digit() || c == '_')
                    && t.chars().any(|c| c.is_ascii_digit() && c != '0')
                {
                    self.error(
                        node,
                        "syntax",
                        "leading zeros in decimal integer literals are not permitted",
                    )
                    .hint = Some(
                        "write the number without leading zeros, or use an 0o prefix for octal"
                            .into(),
                    );
                }
                let digits = t.chars().filter(|c| c.is_ascii_digit()).count();
                if digits > 4300
                    && !t.starts_with("0x")
                    && !t.starts_with("0o")
                    && !t.starts_with("0b")
                {
                    self.error(node, "limit", format!(
                        "Exceeds the limit (4300 digits) for integer string conversion: value has {digits} digits"
                    ))
                    .hint = Some("build big numbers with arithmetic (10 ** n) instead of literals".into());
                    self.emit(Op::LoadNone);
                    return;
                }
                match parse_int(t) {
                    Some(IntLit::Small(i)) => self.load_const(Const::Int(i)),
                    Some(IntLit::Big(d)) => self.load_const(Const::BigInt(d)),
                    None => {
                        self.error(node, "syntax", format!("invalid integer literal `{t}`"));
                        self.emit(Op::LoadNone);
                    }
                }
            }
            "float" => {
                let t = text(node, self.src);
                if t.ends_with(['j', 'J']) {
                    self.imaginary(node, t);
                    return;
                }
                match parse_float(t) {
                    Some(f) => self.load_const(Const::Float(f)),
                    None => {
                        self.error(node, "syntax", format!("invalid float literal `{t}`"));
                        self.emit(Op::LoadNone);
                    }
                }
            }
            "true" => self.load_const(Const::Bool(true)),
            "false" => self.load_const(Const::Bool(false)),
            "none" => self.load_const(Const::None),
            // The prelude's `Ellipsis` singleton (nPython has no constant kind for it).
            "ellipsis" => self.load_name("Ellipsis"),
            "string" | "concatenated_string" => self.string(node),
            "parenthesized_expression" => match named(node).first() {
                Some(e) => self.expr(*e),
                None => {
                    self.emit(Op::BuildTuple(0));
                }
            },
            "tuple" | "expression_list" | "pattern_list" => self.sequence(node, SeqKind::Tuple),
            "list" => self.sequence(node, SeqKind::List),
            "set" => self.sequence(node, SeqKind::Set),
            "dictionary" => {
                let items = named(node);
                if items.iter().any(|i| i.kind() == "dictionary_splat") {
                    self.emit(Op::BuildMap(0));
                    for i in items {
                        if i.kind() == "dictionary_splat" {
                            if let Some(e) = named(i).first() {
                                self.expr(*e);
                            }
                        } else {
                            self.pair(i);
                            self.emit(Op::BuildMap(1));
                        }
                        self.emit(Op::DictUpdate);
                    }
                } else {
                    let n = items.len();
                    for i in items {
                        self.pair(i);
                    }
                    self.emit(Op::BuildMap(n as u32));
                }
            }
            "list_comprehension"
            | "set_comprehension"
            | "dictionary_comprehension"
            | "generator_expression" => self.comprehension(node),
            "binary_operator" => {
                // tree-sitter-python ranks `&` below `^`; re-associate the whole chain with Python's table.
                let mut operands = Vec::new();
                let mut ops = Vec::new();
                self.flatten_binary(node, &mut operands, &mut ops);
                if operands.len() != ops.len() + 1 {
                    self.error(node, "syntax", "invalid binary expression");
                    self.emit(Op::LoadNone);
                    return;
                }
                let mut next = 0;
                self.climb(&operands, &ops, &mut next, 0);
            }
            "unary_operator" => {
                let op_text = node
                    .child_by_field_name("operator")
                    .map(|o| text(o, self.src))
                    .unwrap_or("");
                let Some(arg) = node.child_by_field_name("argument") else {
                    return;
                };
                // Fold negative number literals so `-5` is one constant.
                if op_text == "-" && matches!(arg.kind(), "integer" | "float") {
                    let t = text(arg, self.src);
                    if arg.kind() == "integer" {
                        if let Some(IntLit::Small(i)) = parse_int(t) {
                            self.load_const(Const::Int(-i));
                            return;
                        }
                    } else if let Some(f) = parse_float(t) {
                        if !t.ends_with(['j', 'J']) {
                            self.load_const(Const::Float(-f));
                            return;
                        }
                    }
                }
                self.expr(arg);
                let op = match op_text {
                    "-" => UnOp::Neg,
                    "+" => UnOp::Pos,
                    _ => UnOp::Invert,
                };
                self.emit(Op::Unary(op));
            }
            "not_operator" => {
                if let Some(a) = node.child_by_field_name("argument") {
                    self.expr(a);
                }
                self.emit(Op::Unary(UnOp::Not));
            }
            "boolean_operator" => {
                let (Some(l), Some(r)) = (
                    node.child_by_field_name("left"),
                    node.child_by_field_name("right"),
                ) else {
                    return;
                };
                let is_and = node
                    .child_by_field_name("operator")
                    .map(|o| text(o, self.src))
                    == Some("and");
                self.expr(l);
                let j = self.emit(if is_and {
                    Op::JumpIfFalseOrPop(0)
                } else {
                    Op::JumpIfTrueOrPop(0)
                });
                self.expr(r);
                self.patch_here(j);
            }
            "comparison_operator" => self.comparison(node),
            "conditional_expression" => {
                let parts = named(node);
                if parts.len() < 3 {
                    return;
                }
                self.expr(parts[1]);
                let jf = self.emit(Op::JumpIfFalse(0));
                self.expr(parts[0]);
                let end = self.emit(Op::Jump(0));
                self.patch_here(jf);
                self.expr(parts[2]);
                self.patch_here(end);
            }
            "lambda" => {
                let params = node.child_by_field_name("parameters");
                let body = node.child_by_field_name("body");
                self.make_function(node, "<lambda>", params, body, true);
            }
            "named_expression" => {
                if let Some(v) = node.child_by_field_name("value") {
                    self.expr(v);
                }
                self.emit(Op::Dup);
                if let Some(n) = node.child_by_field_name("name") {
                    let n = text(n, self.src).to_string();
                    // In a comprehension the walrus binds in the enclosing function (scope analysis made
                    // the name a free variable of the comprehension), so a plain store is right.
                    self.store_name(&n);
                }
            }
            "attribute" => {
                let (Some(obj), Some(attr)) = (
                    node.child_by_field_name("object"),
                    node.child_by_field_name("attribute"),
                ) else {
                    return;
                };
                self.expr(obj);
                let n = self.name_idx(text(attr, self.src));
                self.emit(Op::LoadAttr(n));
            }
            "subscript" => {
                let Some(value) = node.child_by_field_name("value") else {
                    return;
                };
                self.expr(value);
                self.subscript_key(node);
                self.emit(Op::LoadSubscr);
            }
            "call" => self.call(node),
            "await" => {
                self.unsupported(node, "`await`", "async code arrives in a later release");
                self.emit(Op::LoadNone);
            }
            "yield" => self.yield_expr(node),
            "list_splat" if self.unwrap_splat => {
                self.unwrap_splat = false;
                if let Some(e) = named(node).first() {
                    self.expr(*e);
                }
            }
            "list_splat" | "dictionary_splat" => {
                self.error(node, "syntax", "can't use starred expression here");
                self.emit(Op::LoadNone);
            }
            "as_pattern" => {
                self.error(node, "syntax", "invalid syntax").hint =
                    Some("`as` is only valid in import, except and with statements".into());
                self.emit(Op::LoadNone);
            }
            "ERROR" => {
                self.emit(Op::LoadNone);
            }
            other => {
                let what = format!("the `{other}` expression");
                self.unsupported(node, &what, "rewrite it with the supported subset");
                self.emit(Op::LoadNone);
            }
        }
    }

    fn flatten_binary(
        &mut self,
        node: Node<'t>,
        operands: &mut Vec<Node<'t>>,
        ops: &mut Vec<BinOp>,
    ) {
        if node.kind() != "binary_operator" {
            operands.push(node);
            return;
        }
        let (Some(l), Some(r)) = (
            node.child_by_field_name("left"),
            node.child_by_field_name("right"),
        ) else {
            return;
        };
        let op_text = node
            .child_by_field_name("operator")
            .map(|o| text(o, self.src))
            .unwrap_or("");
        self.flatten_binary(l, operands, ops);
        match binop(op_text) {
            Some(op) => ops.push(op),
            None => {
                self.error(node, "syntax", format!("unknown operator `{op_text}`"));
                ops.push(BinOp::Add);
            }
        }
        self.flatten_binary(r, operands, ops);
    }

    /// Precedence climbing over a flattened operator chain: compiles operand `*next` and every operator
    /// binding at least as tightly as `min_prec`.
    fn climb(&mut self, operands: &[Node<'t>], ops: &[BinOp], next: &mut usize, min_prec: u8) {
        let first = *next;
        self.expr(operands[first]);
        while *next < ops.len() && precedence(ops[*next]) >= min_prec {
            let op = ops[*next];
            *next += 1;
            let p = precedence(op);
            self.climb(
                operands,
                ops,
                next,
                if op == BinOp::Pow { p } else { p + 1 },
            );
            self.emit(Op::Binary(op));
        }
    }

    fn pair(&mut self, node: Node<'t>) {
        if let (Some(k), Some(v)) = (
            node.child_by_field_name("key"),
            node.child_by_field_name("value"),
        ) {
            self.expr(k);
            self.expr(v);
        } else {
            self.error(node, "syntax", "invalid dictionary entry");
            self.emit(Op::LoadNone);
            self.emit(Op::LoadNone);
        }
    }

    fn sequence(&mut self, node: Node<'t>, kind: SeqKind) {
        let items = named(node);
        if items.iter().any(|i| is_splat(*i)) {
            self.emit(match kind {
                SeqKind::Set => Op::BuildSet(0),
                _ => Op::BuildList(0),
            });
            for i in items {
                if is_splat(i) {
                    self.splat_operand(i);
                } else {
                    self.expr(i);
                    self.emit(Op::BuildList(1));
                }
                self.emit(if matches!(kind, SeqKind::Set) {
                    Op::SetUpdate
                } else {
                    Op::ListExtend
                });
            }
            if matches!(kind, SeqKind::Tuple) {
                self.emit(Op::ListToTuple);
            }
            return;
        }
        let n = items.len() as u32;
        // A tuple of constants is one constant.
        if matches!(kind, SeqKind::Tuple) && n > 0 {
            if let Some(consts) = items
                .iter()
                .map(|i| self.const_of(*i))
                .collect::<Option<Vec<Const>>>()
            {
                let k = self.konst(Const::Tuple(consts));
                self.emit(Op::LoadConst(k));
                return;
            }
        }
        for i in items {
            self.expr(i);
        }
        self.emit(match kind {
            SeqKind::Tuple => Op::BuildTuple(n),
            SeqKind::List => Op::BuildList(n),
            SeqKind::Set => Op::BuildSet(n),
        });
    }

    /// Compiles the operand of a starred element (see `is_splat`).
    fn splat_operand(&mut self, node: Node<'t>) {
        if node.kind() == "list_splat" {
            if let Some(e) = named(node).first() {
                self.expr(*e);
            }
        } else {
            self.unwrap_splat = true;
            self.expr(node);
            self.unwrap_splat = false;
        }
    }

    /// The constant value of a literal node, if it is one.
    fn const_of(&self, node: Node) -> Option<Const> {
        match node.kind() {
            "integer" => match parse_int(text(node, self.src))? {
                IntLit::Small(i) => Some(Const::Int(i)),
                IntLit::Big(d) => Some(Const::BigInt(d)),
            },
            "float" if !text(node, self.src).ends_with(['j', 'J']) => {
                parse_float(text(node, self.src)).map(Const::Float)
            }
            "true" => Some(Const::Bool(true)),
            "false" => Some(Const::Bool(false)),
            "none" => Some(Const::None),
            "string" => {
                let start = named(node)
                    .first()
                    .map(|s| text(*s, self.src))
                    .unwrap_or("");
                let prefix = parse_prefix(start);
                if prefix.fstring
                    || prefix.bytes
                    || named(node).iter().any(|c| c.kind() == "interpolation")
                {
                    return None;
                }
                self.string_const(node).map(Const::Str)
            }
            _ => None,
        }
    }

    fn string_const(&self, node: Node) -> Option<String> {
        let start = named(node)
            .first()
            .map(|s| text(*s, self.src))
            .unwrap_or("");
        let prefix = parse_prefix(start);
        let mut raw = String::new();
        for c in named(node) {
            if c.kind() == "string_content" {
                raw.push_str(text(c, self.src));
            }
        }
        if prefix.raw {
            Some(raw)
        } else {
            unescape(&raw, false).ok()
        }
    }

    fn string(&mut self, node: Node<'t>) {
        let pieces: Vec<Node> = if node.kind() == "concatenated_string" {
            named(node)
        } else {
            vec![node]
        };
        let prefixes: Vec<_> = pieces
            .iter()
            .map(|s| {
                let start = named(*s).first().map(|k| text(*k, self.src)).unwrap_or("");
                parse_prefix(start)
            })
            .collect();
        if prefixes.iter().any(|p| p.bytes) {
            if prefixes.iter().any(|p| !p.bytes) {
                self.error(node, "syntax", "cannot mix bytes and nonbytes literals");
            }
            let mut bytes = Vec::new();
            for (s, prefix) in pieces.iter().zip(&prefixes) {
                for k in named(*s)
                    .into_iter()
                    .filter(|k| k.kind() == "string_content")
                {
                    match crate::literal::unescape_bytes(text(k, self.src), prefix.raw) {
                        Ok(b) => bytes.extend(b),
                        Err(m) => {
                            self.error(k, "syntax", m);
                        }
                    }
                }
            }
            self.load_const(Const::Bytes(bytes));
            return;
        }
        let mut parts = 0u32;
        let mut pending = String::new();
        let mut any_dynamic = false;
        for s in pieces {
            let kids = named(s);
            let start = kids.first().map(|k| text(*k, self.src)).unwrap_or("");
            let prefix = parse_prefix(start);
            for k in kids {
                match k.kind() {
                    "string_content" => {
                        let raw = text(k, self.src);
                        let decoded = if prefix.raw {
                            if prefix.fstring {
                                raw.replace("{{", "{").replace("}}", "}")
                            } else {
                                raw.to_string()
                            }
                        } else {
                            match unescape(raw, prefix.fstring) {
                                Ok(s) => s,
                                Err(m) => {
                                    self.error(k, "syntax", m);
                                    String::new()
                                }
                            }
                        };
                        pending.push_str(&decoded);
                    }
                    "interpolation" => {
                        any_dynamic = true;
                        if !pending.is_empty() {
                            self.load_const(Const::Str(std::mem::take(&mut pending)));
                            parts += 1;
                        }
                        self.interpolation(k, &mut pending);
                        if !pending.is_empty() {
                            // The `{x=}` form put literal text before the value; emit in order.
                            let v = self.temp();
                            self.emit(Op::StoreLocal(v));
                            self.load_const(Const::Str(std::mem::take(&mut pending)));
                            self.emit(Op::LoadLocal(v));
                            parts += 1;
                        }
                        parts += 1;
                    }
                    _ => {}
                }
            }
        }
        if !any_dynamic {
            self.load_const(Const::Str(pending));
            return;
        }
        if !pending.is_empty() {
            self.load_const(Const::Str(pending));
            parts += 1;
        }
        if parts != 1 {
            self.emit(Op::BuildString(parts));
        }
    }

    /// Compiles one f-string replacement field, leaving its formatted text on the stack. For `{x=}` it
    /// writes the literal `x=` into `prefix_text` for the caller to place first.
    fn interpolation(&mut self, node: Node<'t>, prefix_text: &mut String) {
        let Some(e) = node.child_by_field_name("expression") else {
            self.emit(Op::LoadNone);
            return;
        };
        let debug = children(node).iter().any(|c| c.kind() == "=");
        if debug {
            let mut t = text(e, self.src).to_string();
            t.push('=');
            *prefix_text = t;
        }
        self.expr(e);
        let conv = node
            .child_by_field_name("type_conversion")
            .map(|c| text(c, self.src))
            .unwrap_or("");
        let mut flags = match conv {
            "!s" => 1,
            "!r" => 2,
            "!a" => 3,
            "" => 0,
            other => {
                self.error(
                    node,
                    "syntax",
                    format!("invalid conversion character `{other}`"),
                );
                0
            }
        };
        let spec = node.child_by_field_name("format_specifier");
        if debug && flags == 0 && spec.is_none() {
            flags = 2;
        }
        if let Some(spec) = spec {
            let mut n = 0u32;
            let mut lit = String::new();
            // Literal text is read from the source between nested fields (tree-sitter keeps it in the node's
            // span but not always as child tokens).
            let mut at = spec.start_byte() + 1;
            for c in named(spec) {
                if c.kind() != "format_expression" {
                    continue;
                }
                lit.push_str(self.src.get(at..c.start_byte()).unwrap_or(""));
                if !lit.is_empty() {
                    self.load_const(Const::Str(std::mem::take(&mut lit)));
                    n += 1;
                }
                let mut ignored = String::new();
                self.interpolation(c, &mut ignored);
                n += 1;
                at = c.end_byte();
            }
            lit.push_str(self.src.get(at..spec.end_byte()).unwrap_or(""));
            if !lit.is_empty() || n == 0 {
                self.load_const(Const::Str(lit));
                n += 1;
            }
            if n > 1 {
                self.emit(Op::BuildString(n));
            }
            flags |= 4;
        }
        self.emit(Op::FormatValue(flags));
    }

    fn comparison(&mut self, node: Node<'t>) {
        let mut operands = Vec::new();
        let mut ops = Vec::new();
        for c in children(node) {
            if c.is_named() {
                operands.push(c);
            } else {
                let t = text(c, self.src);
                let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
                if let Some(op) = cmpop(&t) {
                    ops.push(op);
                }
            }
        }
        if operands.len() != ops.len() + 1 || ops.is_empty() {
            self.error(node, "syntax", "invalid comparison");
            self.emit(Op::LoadNone);
            return;
        }
        self.expr(operands[0]);
        if ops.len() == 1 {
            self.expr(operands[1]);
            self.emit(Op::Compare(ops[0]));
            return;
        }
        let mut cleanups = Vec::new();
        for (i, op) in ops.iter().enumerate() {
            self.expr(operands[i + 1]);
            if i + 1 < ops.len() {
                self.emit(Op::Dup);
                self.emit(Op::Rot3);
                self.emit(Op::Compare(*op));
                cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
            } else {
                self.emit(Op::Compare(*op));
            }
        }
        let end = self.emit(Op::Jump(0));
        for c in cleanups {
            self.patch_here(c);
        }
        self.emit(Op::Rot2);
        self.emit(Op::Pop);
        self.patch_here(end);
    }

    /// Pushes the key of a subscript node (an index, a slice, or a tuple of them).
    fn subscript_key(&mut self, node: Node<'t>) {
        let mut cursor = node.walk();
        let subs: Vec<Node> = node
            .children_by_field_name("subscript", &mut cursor)
            .collect();
        for s in &subs {
            if s.kind() == "slice" {
                self.slice(*s);
            } else {
                self.expr(*s);
            }
        }
        if subs.len() != 1 {
            self.emit(Op::BuildTuple(subs.len() as u32));
        }
    }

    fn slice(&mut self, node: Node<'t>) {
        let mut parts: Vec<Option<Node>> = vec![None];
        let mut colons = 0;
        for c in children(node) {
            if c.kind() == ":" {
                colons += 1;
                parts.push(None);
            } else if c.is_named() {
                if let Some(last) = parts.last_mut() {
                    *last = Some(c);
                }
            }
        }
        let n = if colons >= 2 { 3 } else { 2 };
        for i in 0..n {
            match parts.get(i).copied().flatten() {
                Some(e) => self.expr(e),
                None => {
                    self.emit(Op::LoadNone);
                }
            }
        }
        self.emit(Op::BuildSlice(n as u8));
    }

    fn call(&mut self, node: Node<'t>) {
        self.set_line(node);
        let Some(func) = node.child_by_field_name("function") else {
            return;
        };
        let Some(args) = node.child_by_field_name("arguments") else {
            return;
        };
        let arg_nodes: Vec<Node> = if args.kind() == "generator_expression" {
            vec![args]
        } else {
            named(args)
        };
        let has_splat = arg_nodes
            .iter()
            .any(|a| matches!(a.kind(), "list_splat" | "dictionary_splat"));
        let kws: Vec<Node> = arg_nodes
            .iter()
            .copied()
            .filter(|a| a.kind() == "keyword_argument")
            .collect();
        let pos: Vec<Node> = arg_nodes
            .iter()
            .copied()
            .filter(|a| a.kind() != "keyword_argument")
            .collect();
        if let Some(first_dsplat) = arg_nodes
            .iter()
            .position(|a| a.kind() == "dictionary_splat")
        {
            if let Some(bad) = arg_nodes[first_dsplat..].iter().find(|a| is_splat(**a)) {
                self.error(
                    *bad,
                    "syntax",
                    "iterable argument unpacking follows keyword argument unpacking",
                );
            }
        }
        if !has_splat {
            let mut seen_kw = false;
            for a in &arg_nodes {
                if a.kind() == "keyword_argument" {
                    seen_kw = true;
                } else if seen_kw {
                    self.error(*a, "syntax", "positional argument follows keyword argument");
                }
            }
        }
        if !has_splat && kws.is_empty() && func.kind() == "attribute" {
            if let (Some(obj), Some(attr)) = (
                func.child_by_field_name("object"),
                func.child_by_field_name("attribute"),
            ) {
                self.expr(obj);
                for a in &pos {
                    self.expr(*a);
                }
                let n = self.name_idx(text(attr, self.src));
                self.set_line(node);
                self.emit(Op::CallMethod(pos.len() as u16, n));
                return;
            }
        }
        if arg_nodes.is_empty() && func.kind() == "identifier" && text(func, self.src) == "super" {
            if let Some(first) = self.zero_arg_super_operands() {
                // `super()` is `super(__class__, <first parameter>)`, as CPython compiles it.
                self.expr(func);
                self.load_name("__class__");
                self.load_name(&first);
                self.set_line(node);
                self.emit(Op::Call(2));
                return;
            }
        }
        self.expr(func);
        if !has_splat {
            for a in &pos {
                self.expr(*a);
            }
            if kws.is_empty() {
                self.set_line(node);
                self.emit(Op::Call(pos.len() as u32));
            } else {
                let mut names = Vec::new();
                for k in &kws {
                    let name = k
                        .child_by_field_name("name")
                        .map(|n| text(n, self.src).to_string())
                        .unwrap_or_default();
                    if names.contains(&Const::Str(name.clone())) {
                        self.error(*k, "syntax", format!("keyword argument repeated: {name}"));
                    }
                    names.push(Const::Str(name));
                    if let Some(v) = k.child_by_field_name("value") {
                        self.expr(v);
                    }
                }
                let k = self.konst(Const::Tuple(names));
                self.set_line(node);
                self.emit(Op::CallKw(pos.len() as u16, k));
            }
            return;
        }
        self.emit(Op::BuildList(0));
        for a in &pos {
            if a.kind() == "dictionary_splat" {
                continue;
            } else if is_splat(*a) {
                self.splat_operand(*a);
            } else if a.kind() == "dictionary_splat" {
                continue;
            } else {
                self.expr(*a);
                self.emit(Op::BuildList(1));
            }
            self.emit(Op::ListExtend);
        }
        self.emit(Op::ListToTuple);
        let dsplats: Vec<Node> = pos
            .iter()
            .copied()
            .filter(|a| a.kind() == "dictionary_splat")
            .collect();
        if kws.is_empty() && dsplats.is_empty() {
            self.emit(Op::LoadNone);
        } else {
            self.emit(Op::BuildMap(0));
            for a in &arg_nodes {
                match a.kind() {
                    "keyword_argument" => {
                        let name = a
                            .child_by_field_name("name")
                            .map(|n| text(n, self.src).to_string())
                            .unwrap_or_default();
                        self.load_const(Const::Str(name));
                        if let Some(v) = a.child_by_field_name("value") {
                            self.expr(v);
                        }
                        self.emit(Op::BuildMap(1));
                        self.emit(Op::DictUpdate);
                    }
                    "dictionary_splat" => {
                        if let Some(e) = named(*a).first() {
                            self.expr(*e);
                        }
                        self.emit(Op::DictUpdate);
                    }
                    _ => {}
                }
            }
        }
        self.set_line(node);
        self.emit(Op::CallEx);
    }
}

#[derive(Clone, Copy)]
enum SeqKind {
    Tuple,
    List,
    Set,
}

/// The exception type expression and the `as` target of an except clause.
const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

/// `except* T:` parses as an `except_clause` with a `*` token after the keyword.
fn is_except_star(ex: Node) -> bool {
    ex.child(1).is_some_and(|c| c.kind() == "*")
}

fn except_parts(ex: Node) -> (Option<Node>, Option<Node>) {
    let mut ty = ex.child_by_field_name("value");
    let mut alias = ex.child_by_field_name("alias");
    if ty.is_none() {
        ty = named(ex).into_iter().find(|c| c.kind() != "block");
    }
    if let Some(t) = ty {
        if t.kind() == "as_pattern" {
            let parts = named(t);
            ty = parts.first().copied();
            alias = parts
                .get(1)
                .map(|a| named(*a).first().copied().unwrap_or(*a));
        }
    }
    if let Some(a) = alias {
        if a.kind() == "as_pattern_target" {
            alias = named(a).first().copied().or(Some(a));
        }
    }
    (ty, alias)
}

fn binop(t: &str) -> Option<BinOp> {
    Some(match t {
        "+" => BinOp::Add,
        "-" => BinOp::Sub,
        "*" => BinOp::Mul,
        "/" => BinOp::TrueDiv,
        "//" => BinOp::FloorDiv,
        "%" => BinOp::Mod,
        "**" => BinOp::Pow,
        "<<" => BinOp::LShift,
        ">>" => BinOp::RShift,
        "&" => BinOp::BitAnd,
        "|" => BinOp::BitOr,
        "^" => BinOp::BitXor,
        "@" => BinOp::MatMul,
        _ => return None,
    })
}

/// Whether `node` is a starred element: `*x` itself, or an expression whose innermost operand tree-sitter
/// parsed as the star (`*f()`, `*d[k]`, `*o.attr`).
fn is_splat(node: Node) -> bool {
    let mut cur = node;
    loop {
        let next = match cur.kind() {
            "list_splat" => return true,
            "call" => cur.child_by_field_name("function"),
            "subscript" => cur.child_by_field_name("value"),
            "attribute" => cur.child_by_field_name("object"),
            _ => return false,
        };
        match next {
            Some(n) => cur = n,
            None => return false,
        }
    }
}

/// Whether any node under `node` (inclusive) has one of `kinds`.
fn contains_kind(node: Node, kinds: &[&str]) -> bool {
    find_kind(node, kinds).is_some()
}

/// The first node under `node` (inclusive, in source order) that has one of `kinds`.
fn find_kind<'t>(node: Node<'t>, kinds: &[&str]) -> Option<Node<'t>> {
    let mut cursor = node.walk();
    let mut depth = 0usize;
    loop {
        if kinds.contains(&cursor.node().kind()) {
            return Some(cursor.node());
        }
        if cursor.goto_first_child() {
            depth += 1;
            continue;
        }
        loop {
            if depth == 0 {
                return None;
            }
            if cursor.goto_next_sibling() {
                break;
            }
            cursor.goto_parent();
            depth -= 1;
        }
    }
}

/// Python's binding strength of binary operators (higher binds tighter).
fn precedence(op: BinOp) -> u8 {
    match op {
        BinOp::BitOr => 1,
        BinOp::BitXor => 2,
        BinOp::BitAnd => 3,
        BinOp::LShift | BinOp::RShift => 4,
        BinOp::Add | BinOp::Sub => 5,
        BinOp::Mul | BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::MatMul => 6,
        BinOp::Pow => 7,
    }
}

fn cmpop(t: &str) -> Option<CmpOp> {
    Some(match t {
        "<" => CmpOp::Lt,
        "<=" => CmpOp::Le,
        "==" => CmpOp::Eq,
        "!=" | "<>" => CmpOp::Ne,
        ">" => CmpOp::Gt,
        ">=" => CmpOp::Ge,
        "in" => CmpOp::In,
        "not in" => CmpOp::NotIn,
        "is" => CmpOp::Is,
        "is not" => CmpOp::IsNot,
        _ => return None,
    })
}
