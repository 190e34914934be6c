//! The nPython frontend: parses a script with tree-sitter-python and lowers the tree straight to bytecode,
//! reporting every problem at once as `line:col` diagnostics written for an LLM to act on.
//!
//! What it owns: syntax checking (tree-sitter is lenient, so this crate adds its own validation), scope
//! analysis and code generation. It never panics on any input and never runs code.
//!
//! Invariant: recursion in the compiler is bounded by `MAX_NESTING`, checked iteratively before compiling,
//! so hostile nesting (10,000 brackets) gives a diagnostic, never a stack overflow.

mod compiler;
mod diag;
mod literal;
mod scope;
mod syntax;

use std::sync::Arc;

pub use diag::{Compiled, Diagnostic, Severity};
use tree_sitter::{Node, Parser};

/// Deepest syntax tree the compiler accepts (CPython's parser stops at 200 nested parentheses).
pub const MAX_NESTING: usize = 400;

/// Largest script accepted, in bytes.
pub const MAX_SOURCE_BYTES: usize = 4 << 20;

/// Compiles `source` (shown as `filename` in tracebacks and diagnostics).
pub fn compile(source: &str, filename: &str) -> Compiled {
    let fail = |d: Diagnostic| Compiled {
        program: None,
        diagnostics: vec![d],
    };
    if source.len() > MAX_SOURCE_BYTES {
        return fail(Diagnostic::error(
            "limit",
            1,
            1,
            format!(
                "script is {} bytes; the limit is {MAX_SOURCE_BYTES}",
                source.len()
            ),
        ));
    }
    if let Some(pos) = source.find('\0') {
        let (line, col) = diag::line_col(
            source,
            source[..pos].matches('\n').count(),
            pos - source[..pos].rfind('\n').map(|p| p + 1).unwrap_or(0),
        );
        return fail(Diagnostic::error(
            "syntax",
            line,
            col,
            "source code cannot contain null bytes",
        ));
    }
    let mut parser = Parser::new();
    if parser
        .set_language(&tree_sitter_python::LANGUAGE.into())
        .is_err()
    {
        return fail(Diagnostic::error(
            "internal",
            1,
            1,
            "the Python grammar failed to load",
        ));
    }
    let Some(tree) = parser.parse(source, None) else {
        return fail(Diagnostic::error(
            "internal",
            1,
            1,
            "the parser gave no tree",
        ));
    };
    let root = tree.root_node();
    let mut diagnostics = Vec::new();
    if let Some(deep) = too_deep(root) {
        let p = deep.start_position();
        let (line, col) = diag::line_col(source, p.row, p.column);
        diagnostics.push(
            Diagnostic::error(
                "nesting",
                line,
                col,
                "too many nested parentheses, brackets or blocks",
            )
            .with_hint(format!(
                "nesting deeper than {MAX_NESTING} levels is refused; flatten the expression"
            )),
        );
        return Compiled {
            program: None,
            diagnostics,
        };
    }
    // After an unbalanced bracket the parser's view of the rest is noise: keep what lies before it, and
    // report the bracket itself.
    let bracket = if root.has_error() {
        unbalanced_bracket(source)
    } else {
        None
    };
    if bracket.is_none() {
        syntax_errors(root, source, &mut diagnostics);
    }
    let compiler = compiler::Compiler::new(source, root);
    let (program, more) = compiler.compile_module(root, filename);
    diagnostics.extend(more);
    if let Some(b) = bracket {
        diagnostics.retain(|d| d.line < b.line);
        diagnostics.push(b);
    }
    diagnostics.sort_by_key(|d| (d.line, d.col));
    diagnostics.dedup();
    let has_errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
    Compiled {
        program: if has_errors {
            None
        } else {
            Some(Arc::new(program))
        },
        diagnostics,
    }
}

/// Finds a bracket that is never closed, or closed by the wrong kind, skipping strings and comments.
fn unbalanced_bracket(src: &str) -> Option<Diagnostic> {
    let chars: Vec<char> = src.chars().collect();
    let mut open: Vec<(char, usize, usize)> = Vec::new();
    let (mut line, mut col) = (1usize, 1usize);
    let mut i = 0;
    let at = |open: &(char, usize, usize)| (open.1 as u32, open.2 as u32);
    while i < chars.len() {
        let c = chars[i];
        match c {
            '#' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '\'' | '"' => {
                let triple = i + 2 < chars.len() && chars[i + 1] == c && chars[i + 2] == c;
                let quote_len = if triple { 3 } else { 1 };
                i += quote_len;
                col += quote_len;
                while i < chars.len() {
                    if chars[i] == '\\' {
                        i += 2;
                        col += 2;
                        continue;
                    }
                    if chars[i] == '\n' {
                        if !triple {
                            break;
                        }
                        line += 1;
                        col = 1;
                        i += 1;
                        continue;
                    }
                    if chars[i] == c
                        && (!triple
                            || (i + 2 < chars.len() && chars[i + 1] == c && chars[i + 2] == c))
                    {
                        i += quote_len;
                        col += quote_len;
                        break;
                    }
                    i += 1;
                    col += 1;
                }
                continue;
            }
            '(' | '[' | '{' => open.push((c, line, col)),
            ')' | ']' | '}' => {
                let want = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                match open.pop() {
                    Some((o, _, _)) if o == want => {}
                    Some(o) => {
                        let (l, cc) = at(&o);
                        return Some(
                            Diagnostic::error(
                                "syntax",
                                line as u32,
                                col as u32,
                                format!("closing bracket '{c}' does not match '{}'", o.0),
                            )
                            .with_hint(format!(
                                "the '{}' opened at {l}:{cc} needs its own closing bracket",
                                o.0
                            )),
                        );
                    }
                    None => {
                        return Some(Diagnostic::error(
                            "syntax",
                            line as u32,
                            col as u32,
                            format!("unmatched closing bracket '{c}'"),
                        ));
                    }
                }
            }
            '\n' => {
                line += 1;
                col = 1;
                i += 1;
                continue;
            }
            _ => {}
        }
        i += 1;
        col += 1;
    }
    open.first().map(|o| {
        let (l, c) = at(o);
        Diagnostic::error(
            "syntax",
            l,
            c,
            format!("unclosed bracket: '{}' was never closed", o.0),
        )
        .with_hint("close every (, [ and { before the end of the statement")
    })
}

/// The first node deeper than `MAX_NESTING`, found without recursion.
fn too_deep(root: Node) -> Option<Node> {
    let mut cursor = root.walk();
    let mut depth = 0usize;
    loop {
        if depth > MAX_NESTING {
            return Some(cursor.node());
        }
        if cursor.goto_first_child() {
            depth += 1;
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return None;
            }
            depth -= 1;
        }
    }
}

/// Reports tree-sitter's ERROR and MISSING nodes, with hints for common mistakes.
fn syntax_errors(root: Node, src: &str, out: &mut Vec<Diagnostic>) {
    if !root.has_error() {
        return;
    }
    let mut cursor = root.walk();
    loop {
        let node = cursor.node();
        let mut descend = node.has_error();
        if node.is_missing() {
            let p = node.start_position();
            let (line, col) = diag::line_col(src, p.row, p.column);
            let what = node.kind();
            out.push(Diagnostic::error(
                "syntax",
                line,
                col,
                format!("invalid syntax: expected `{what}`"),
            ));
            descend = false;
        } else if node.is_error() {
            out.push(error_node_diagnostic(node, src));
            descend = false;
        }
        if descend && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return;
            }
        }
    }
}

fn error_node_diagnostic(node: Node, src: &str) -> Diagnostic {
    // Point at the first token inside the error that tree-sitter could not place, when there is one.
    let mut at = node;
    let mut cursor = node.walk();
    for c in node.children(&mut cursor) {
        if c.is_error() || c.kind() == "ERROR" {
            at = c;
            break;
        }
    }
    let p = at.start_position();
    let (line, col) = diag::line_col(src, p.row, p.column);
    let snippet = syntax::text(node, src).trim();
    let first_line = snippet.lines().next().unwrap_or("");
    let mut d = Diagnostic::error("syntax", line, col, "invalid syntax");
    if first_line.starts_with("print ") && !first_line.starts_with("print (") {
        d.message = "print is a function in Python 3".into();
        d.hint = Some("write print(...) with parentheses".into());
    } else if first_line.contains(":=") {
        d.hint = Some("the walrus operator needs parentheses here: `(name := value)`".into());
    } else if snippet.starts_with(['(', '[', '{'])
        || snippet.chars().filter(|c| "([{".contains(*c)).count()
            != snippet.chars().filter(|c| ")]}".contains(*c)).count()
    {
        d.message = "invalid syntax: unbalanced brackets".into();
        d.hint = Some("check that every (, [ and { is closed".into());
    } else if first_line.ends_with(|c: char| c.is_alphanumeric() || c == ')')
        && [
            "if ", "elif ", "else", "for ", "while ", "def ", "try", "except", "finally", "class ",
        ]
        .iter()
        .any(|k| first_line.starts_with(k))
    {
        d.hint = Some("a compound statement header ends with a colon `:`".into());
    } else if first_line.contains('\'') || first_line.contains('"') {
        d.hint = Some("check for an unterminated string literal".into());
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use npython_vm::bytecode::{BinOp, CmpOp, Op, Program};

    fn program(src: &str) -> Arc<Program> {
        let c = compile(src, "t.py");
        assert!(!c.has_errors(), "{:?}", c.diagnostics);
        c.program.expect("compiles")
    }

    #[test]
    fn closures_get_cells_and_free_slots() {
        let p = program("def f():\n    x = 1\n    def g():\n        return x\n    return g\n");
        let f = p.codes.iter().find(|c| c.name == "f").expect("f");
        let g = p.codes.iter().find(|c| c.name == "g").expect("g");
        let x = f
            .local_names
            .iter()
            .position(|n| n == "x")
            .expect("x is a local of f");
        assert_eq!(f.cell_slots, vec![x as u16]);
        assert_eq!(g.free_slots.len(), 1);
        assert_eq!(g.local_names[g.free_slots[0] as usize], "x");
        assert_eq!(g.qualname, "f.<locals>.g");
    }

    #[test]
    fn hot_loop_compiles_to_superinstructions() {
        let p =
            program("def f(n):\n    i = 0\n    while i < n:\n        i = i + 1\n    return i\n");
        let f = p.codes.iter().find(|c| c.name == "f").expect("f");
        assert!(
            f.ops
                .iter()
                .any(|op| matches!(op, Op::CompareLL(CmpOp::Lt, _, _))),
            "{:?}",
            f.ops
        );
        assert!(
            f.ops
                .iter()
                .any(|op| matches!(op, Op::BinaryLIStore(BinOp::Add, _, _, 1))),
            "{:?}",
            f.ops
        );
        assert!(
            f.ops.iter().any(|op| matches!(op, Op::Loop(_))),
            "a back-edge is a Loop safepoint"
        );
    }

    #[test]
    fn fusion_never_swallows_a_jump_target() {
        // The conditional expression's join point is the `LoadLocal i` that follows it; fusing it with the
        // Binary after it would move the target.
        let p = program("def f(c, a, b, i):\n    return (a if c else b) + i\n");
        let f = p.codes.iter().find(|c| c.name == "f").expect("f");
        let targets: Vec<u32> = f
            .ops
            .iter()
            .filter_map(|op| match op {
                Op::Jump(t) | Op::JumpIfFalse(t) | Op::CompareJump(_, t) => Some(*t),
                _ => None,
            })
            .collect();
        for t in targets {
            assert!(
                (t as usize) < f.ops.len(),
                "jump target {t} inside the code"
            );
        }
        assert!(
            !f.ops.iter().any(|op| matches!(op, Op::BinaryLL(..))),
            "{:?}",
            f.ops
        );
    }

    #[test]
    fn every_error_is_reported_with_its_position() {
        let c = compile("x = 1\nreturn 2\nbreak\ny = 08\n", "t.py");
        let got: Vec<(u32, u32)> = c.diagnostics.iter().map(|d| (d.line, d.col)).collect();
        assert_eq!(got, vec![(2, 1), (3, 1), (4, 5)], "{:?}", c.diagnostics);
        assert!(c.program.is_none());
    }

    #[test]
    fn except_star_rules_are_syntax_errors() {
        let message = |src: &str| {
            let c = compile(src, "t.py");
            assert!(c.has_errors(), "{src}");
            c.diagnostics[0].message.clone()
        };
        let exit = "'break', 'continue' and 'return' cannot appear in an except* block";
        assert_eq!(
            message("for i in x:\n    try:\n        pass\n    except* E:\n        break\n"),
            exit
        );
        assert_eq!(
            message("def f():\n    try:\n        pass\n    except* E:\n        return 1\n"),
            exit
        );
        assert_eq!(
            message("try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass\n"),
            "cannot have both 'except' and 'except*' on the same 'try'"
        );
        // A loop wholly inside the clause may break.
        program("try:\n    pass\nexcept* E:\n    for i in x:\n        break\n");
    }

    #[test]
    fn ten_thousand_nested_brackets_are_a_diagnostic() {
        let src = format!("x = {}1{}\n", "[".repeat(10_000), "]".repeat(10_000));
        let c = compile(&src, "t.py");
        assert!(c.has_errors());
        assert_eq!(c.diagnostics[0].code, "nesting");
    }
}
