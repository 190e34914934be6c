//! Small helpers over tree-sitter nodes shared by the scope pass and the compiler.

use tree_sitter::Node;

/// Named children, without comments.
pub fn named(node: Node) -> Vec<Node> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor)
        .filter(|c| c.kind() != "comment")
        .collect()
}

/// All children (named and anonymous), without comments.
pub fn children(node: Node) -> Vec<Node> {
    let mut cursor = node.walk();
    node.children(&mut cursor)
        .filter(|c| c.kind() != "comment")
        .collect()
}

pub fn text<'s>(node: Node, src: &'s str) -> &'s str {
    node.utf8_text(src.as_bytes()).unwrap_or("")
}

/// A function's parameter list.
pub struct Params<'t> {
    /// Positional (and positional-or-keyword) parameters with their default expressions.
    pub pos: Vec<(String, Option<Node<'t>>)>,
    pub kwonly: Vec<(String, Option<Node<'t>>)>,
    pub varargs: Option<String>,
    pub varkw: Option<String>,
    /// A bare `*` separator was written.
    pub bare_star: bool,
    /// How many of `pos` come before a `/` separator (positional-only).
    pub posonly: usize,
}

impl<'t> Params<'t> {
    pub fn parse(node: Node<'t>, src: &str) -> Params<'t> {
        let mut p = Params {
            pos: Vec::new(),
            kwonly: Vec::new(),
            varargs: None,
            varkw: None,
            bare_star: false,
            posonly: 0,
        };
        let mut after_star = false;
        for c in named(node) {
            let (name, default) = match c.kind() {
                "identifier" => (text(c, src).to_string(), None),
                "default_parameter" | "typed_default_parameter" => (
                    c.child_by_field_name("name")
                        .map(|n| text(n, src).to_string())
                        .unwrap_or_default(),
                    c.child_by_field_name("value"),
                ),
                "typed_parameter" => {
                    let Some(first) = named(c).into_iter().next() else {
                        continue;
                    };
                    match first.kind() {
                        "list_splat_pattern" => {
                            p.varargs = named(first).first().map(|n| text(*n, src).to_string());
                            after_star = true;
                            continue;
                        }
                        "dictionary_splat_pattern" => {
                            p.varkw = named(first).first().map(|n| text(*n, src).to_string());
                            continue;
                        }
                        _ => (text(first, src).to_string(), None),
                    }
                }
                "list_splat_pattern" => {
                    p.varargs = named(c).first().map(|n| text(*n, src).to_string());
                    after_star = true;
                    continue;
                }
                "dictionary_splat_pattern" => {
                    p.varkw = named(c).first().map(|n| text(*n, src).to_string());
                    continue;
                }
                "keyword_separator" => {
                    after_star = true;
                    p.bare_star = true;
                    continue;
                }
                "positional_separator" => {
                    p.posonly = p.pos.len();
                    continue;
                }
                _ => continue,
            };
            if after_star {
                p.kwonly.push((name, default));
            } else {
                p.pos.push((name, default));
            }
        }
        p
    }

    /// Parameter names in slot order.
    pub fn slot_names(&self) -> Vec<String> {
        let mut v: Vec<String> = self.pos.iter().map(|(n, _)| n.clone()).collect();
        v.extend(self.kwonly.iter().map(|(n, _)| n.clone()));
        v.extend(self.varargs.iter().cloned());
        v.extend(self.varkw.iter().cloned());
        v
    }
}

/// The annotated names of a class body (`x: int` and `x: int = 0`), in order, with the annotation's source
/// text. nPython does not evaluate annotations; `__annotations__` maps each name to this text, which is
/// what `from __future__ import annotations` gives in CPython and all `dataclasses` needs.
pub fn class_annotations(body: Node, src: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for stmt in named(body) {
        if stmt.kind() != "expression_statement" {
            continue;
        }
        for a in named(stmt) {
            if a.kind() != "assignment" {
                continue;
            }
            let (Some(left), Some(ty)) =
                (a.child_by_field_name("left"), a.child_by_field_name("type"))
            else {
                continue;
            };
            if left.kind() != "identifier" {
                continue;
            }
            let name = text(left, src).to_string();
            let ann = text(ty, src).to_string();
            match out.iter_mut().find(|(n, _)| *n == name) {
                Some(e) => e.1 = ann,
                None => out.push((name, ann)),
            }
        }
    }
    out
}
