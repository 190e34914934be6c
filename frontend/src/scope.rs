//! Scope analysis: which names are locals, cells, free variables or globals in each function, lambda and
//! comprehension, following Python's rules (assignment makes a local; `global`/`nonlocal` override;
//! comprehensions have their own scope; the walrus binds in the enclosing function).

use std::collections::{HashMap, HashSet};

use tree_sitter::Node;

use crate::syntax::{named, text};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Comprehension,
    /// A class body: its names become class attributes and are invisible to the functions inside it,
    /// except the implicit `__class__` cell that zero-argument `super()` reads.
    Class,
}

/// One scope and, after `resolve`, where each of its names lives.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    /// Parameters in slot order (positional, keyword-only, *args, **kwargs).
    pub params: Vec<String>,
    assigned: Vec<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    used: Vec<String>,
    /// Locals in slot order: parameters, then other assigned names.
    pub locals: Vec<String>,
    /// Locals captured by inner scopes.
    pub cells: HashSet<String>,
    /// Names this scope reads from enclosing function scopes, in closure order.
    pub frees: Vec<String>,
}

/// Where a name lives, seen from one scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Access {
    Local(usize),
    /// A local or free slot holding a cell.
    Deref(usize),
    Global,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            params: Vec::new(),
            assigned: Vec::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            used: Vec::new(),
            locals: Vec::new(),
            cells: HashSet::new(),
            frees: Vec::new(),
        }
    }

    fn is_local(&self, name: &str) -> bool {
        self.kind != ScopeKind::Module && self.locals.iter().any(|l| l == name)
    }

    /// Where `name` lives in this scope.
    pub fn access(&self, name: &str) -> Access {
        if self.kind == ScopeKind::Module || self.globals.contains(name) {
            return Access::Global;
        }
        if let Some(i) = self.locals.iter().position(|l| l == name) {
            return if self.cells.contains(name) {
                Access::Deref(i)
            } else {
                Access::Local(i)
            };
        }
        if let Some(i) = self.frees.iter().position(|f| f == name) {
            return Access::Deref(self.locals.len() + i);
        }
        Access::Global
    }
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    if !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

/// The scopes of a module, keyed by the tree node that opens each one.
pub struct Scopes {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    /// Names assigned or read at module level or declared global anywhere (module globals).
    pub module_names: Vec<String>,
    /// `nonlocal` names with no binding: (name, node start byte).
    pub bad_nonlocals: Vec<(String, usize)>,
    /// `global x` after x was assigned or used in the same scope: (message, node start byte).
    pub late_globals: Vec<(String, usize)>,
}

impl Scopes {
    pub fn of_node(&self, node: &Node) -> Option<usize> {
        self.by_node.get(&node.id()).copied()
    }

    /// Analyses the module rooted at `root`.
    pub fn analyse(root: Node, src: &str) -> Scopes {
        let mut s = Scopes {
            scopes: vec![Scope::new(ScopeKind::Module, None)],
            by_node: HashMap::new(),
            module_names: Vec::new(),
            bad_nonlocals: Vec::new(),
            late_globals: Vec::new(),
        };
        s.by_node.insert(root.id(), 0);
        let mut walker = Walker {
            scopes: &mut s,
            src,
            nonlocal_sites: Vec::new(),
        };
        walker.walk_block(root, 0);
        let sites = std::mem::take(&mut walker.nonlocal_sites);
        s.resolve(sites);
        s
    }

    fn resolve(&mut self, nonlocal_sites: Vec<(usize, String, usize)>) {
        for sc in &mut self.scopes {
            if sc.kind == ScopeKind::Module {
                continue;
            }
            let mut locals = sc.params.clone();
            for a in &sc.assigned {
                if !sc.globals.contains(a) && !sc.nonlocals.contains(a) {
                    push_unique(&mut locals, a);
                }
            }
            sc.locals = locals;
        }
        for i in 0..self.scopes.len() {
            if self.scopes[i].kind == ScopeKind::Module {
                continue;
            }
            let mut wanted: Vec<String> = self.scopes[i].used.clone();
            for n in &self.scopes[i].nonlocals {
                push_unique(&mut wanted, n);
            }
            for name in wanted {
                let sc = &self.scopes[i];
                if sc.is_local(&name) || sc.globals.contains(&name) {
                    continue;
                }
                // Find the nearest enclosing function scope that binds the name.
                let mut path = vec![i];
                let mut cur = sc.parent;
                let mut owner = None;
                while let Some(p) = cur {
                    let ps = &self.scopes[p];
                    if ps.kind == ScopeKind::Module {
                        break;
                    }
                    if ps.globals.contains(&name) {
                        break;
                    }
                    if ps.kind == ScopeKind::Class && name != "__class__" {
                        // Class attributes are not visible to the functions defined in the class.
                        path.push(p);
                        cur = ps.parent;
                        continue;
                    }
                    if ps.is_local(&name) {
                        owner = Some(p);
                        break;
                    }
                    path.push(p);
                    cur = ps.parent;
                }
                match owner {
                    Some(o) => {
                        self.scopes[o].cells.insert(name.clone());
                        for p in path {
                            push_unique(&mut self.scopes[p].frees, &name);
                        }
                    }
                    None => {
                        if let Some(site) = nonlocal_sites
                            .iter()
                            .find(|(s, n, _)| *s == i && *n == name)
                        {
                            self.bad_nonlocals.push((name.clone(), site.2));
                        }
                    }
                }
            }
        }
    }
}

struct Walker<'a, 's> {
    scopes: &'a mut Scopes,
    src: &'s str,
    /// (scope, name, byte) of each nonlocal declaration, to report unbound ones.
    nonlocal_sites: Vec<(usize, String, usize)>,
}

impl Walker<'_, '_> {
    fn assign(&mut self, scope: usize, name: &str) {
        if self.scopes.scopes[scope].kind == ScopeKind::Module {
            push_unique(&mut self.scopes.module_names, name);
        }
        push_unique(&mut self.scopes.scopes[scope].assigned, name);
    }

    fn use_name(&mut self, scope: usize, name: &str) {
        if self.scopes.scopes[scope].kind == ScopeKind::Module {
            push_unique(&mut self.scopes.module_names, name);
        }
        push_unique(&mut self.scopes.scopes[scope].used, name);
    }

    fn new_scope(&mut self, kind: ScopeKind, parent: usize, node: Node) -> usize {
        self.scopes.scopes.push(Scope::new(kind, Some(parent)));
        let id = self.scopes.scopes.len() - 1;
        self.scopes.by_node.insert(node.id(), id);
        id
    }

    fn walk_block(&mut self, node: Node, scope: usize) {
        for child in named(node) {
            self.walk(child, scope);
        }
    }

    /// Records the names bound by an assignment target.
    fn targets(&mut self, node: Node, scope: usize) {
        match node.kind() {
            "identifier" => {
                let n = text(node, self.src).to_string();
                self.assign(scope, &n);
            }
            "pattern_list"
            | "tuple_pattern"
            | "list_pattern"
            | "tuple"
            | "list"
            | "expression_list"
            | "parenthesized_expression"
            | "list_splat_pattern"
            | "list_splat" => {
                for c in named(node) {
                    self.targets(c, scope);
                }
            }
            _ => self.walk(node, scope),
        }
    }

    /// The names a `match` pattern binds (captures, `as` names, `*rest`, `**rest`), and the names it reads
    /// (classes and dotted values).
    fn pattern(&mut self, node: Node, scope: usize) {
        match node.kind() {
            "dotted_name" => {
                let ids = named(node);
                if ids.len() == 1 {
                    let n = text(ids[0], self.src).to_string();
                    if n != "_" {
                        self.assign(scope, &n);
                    }
                } else if let Some(first) = ids.first() {
                    let n = text(*first, self.src).to_string();
                    self.use_name(scope, &n);
                }
            }
            "splat_pattern" | "as_pattern" => {
                for c in named(node) {
                    if c.kind() == "identifier" {
                        let n = text(c, self.src).to_string();
                        if n != "_" {
                            self.assign(scope, &n);
                        }
                    } else {
                        self.pattern(c, scope);
                    }
                }
            }
            "class_pattern" => {
                for (i, c) in named(node).into_iter().enumerate() {
                    if i == 0 {
                        // The class: a name read, never bound.
                        for id in named(c).into_iter().take(1) {
                            let n = text(id, self.src).to_string();
                            self.use_name(scope, &n);
                        }
                    } else {
                        self.pattern(c, scope);
                    }
                }
            }
            "keyword_pattern" => {
                // `name=pattern`: the name is an attribute, only the pattern binds.
                for c in named(node).into_iter().skip(1) {
                    self.pattern(c, scope);
                }
            }
            "dict_pattern" => {
                for c in named(node) {
                    match c.kind() {
                        "case_pattern" | "splat_pattern" => self.pattern(c, scope),
                        // Keys are literals or dotted values: read, never bound.
                        "dotted_name" => {
                            if let Some(first) = named(c).first() {
                                let n = text(*first, self.src).to_string();
                                self.use_name(scope, &n);
                            }
                        }
                        _ => {}
                    }
                }
            }
            "case_pattern" | "union_pattern" | "list_pattern" | "tuple_pattern" => {
                for c in named(node) {
                    self.pattern(c, scope);
                }
            }
            _ => {}
        }
    }

    fn walk(&mut self, node: Node, scope: usize) {
        match node.kind() {
            "case_pattern" => self.pattern(node, scope),
            "identifier" => {
                let n = text(node, self.src).to_string();
                if n == "super" && self.scopes.scopes[scope].kind == ScopeKind::Function {
                    // Zero-argument super() reads the class through an implicit `__class__` cell.
                    self.use_name(scope, "__class__");
                }
                self.use_name(scope, &n);
            }
            "attribute" => {
                if let Some(o) = node.child_by_field_name("object") {
                    self.walk(o, scope);
                }
            }
            "keyword_argument" => {
                if let Some(v) = node.child_by_field_name("value") {
                    self.walk(v, scope);
                }
            }
            "assignment" | "augmented_assignment" => {
                if let Some(l) = node.child_by_field_name("left") {
                    self.targets(l, scope);
                    if node.kind() == "augmented_assignment" {
                        self.walk(l, scope);
                    }
                }
                if let Some(r) = node.child_by_field_name("right") {
                    self.walk(r, scope);
                }
                // A class body evaluates its annotations (`x: int = 0`); functions do not.
                if self.scopes.scopes[scope].kind == ScopeKind::Class {
                    if let Some(ty) = node.child_by_field_name("type") {
                        self.walk_annotation(ty, scope);
                    }
                }
            }
            "for_statement" => {
                if let Some(l) = node.child_by_field_name("left") {
                    self.targets(l, scope);
                }
                for f in ["right", "body", "alternative"] {
                    if let Some(c) = node.child_by_field_name(f) {
                        self.walk(c, scope);
                    }
                }
            }
            "named_expression" => {
                // The walrus binds in the nearest enclosing non-comprehension scope.
                let mut target = scope;
                while self.scopes.scopes[target].kind == ScopeKind::Comprehension {
                    target = self.scopes.scopes[target].parent.unwrap_or(0);
                }
                if let Some(n) = node.child_by_field_name("name") {
                    let n = text(n, self.src).to_string();
                    self.assign(target, &n);
                    self.use_name(scope, &n);
                }
                if let Some(v) = node.child_by_field_name("value") {
                    self.walk(v, scope);
                }
            }
            "global_statement" | "nonlocal_statement" => {
                for c in named(node) {
                    if c.kind() == "identifier" {
                        let n = text(c, self.src).to_string();
                        if node.kind() == "global_statement" {
                            let sc = &self.scopes.scopes[scope];
                            if sc.kind != ScopeKind::Module {
                                let what = if sc.assigned.contains(&n) {
                                    Some("assigned to")
                                } else if sc.used.contains(&n) {
                                    Some("used")
                                } else {
                                    None
                                };
                                if let Some(what) = what {
                                    let msg =
                                        format!("name '{n}' is {what} before global declaration");
                                    self.scopes.late_globals.push((msg, c.start_byte()));
                                }
                            }
                            self.scopes.scopes[scope].globals.insert(n.clone());
                            push_unique(&mut self.scopes.module_names, &n);
                        } else {
                            self.scopes.scopes[scope].nonlocals.insert(n.clone());
                            self.nonlocal_sites.push((scope, n, c.start_byte()));
                        }
                    }
                }
            }
            "import_statement" | "import_from_statement" => {
                let star = named(node).iter().any(|c| c.kind() == "wildcard_import");
                if star {
                    // `from m import *` binds the module's public names, known when m is on the allowlist.
                    let module = node
                        .child_by_field_name("module_name")
                        .map(|m| text(m, self.src).to_string())
                        .unwrap_or_default();
                    for n in npython_vm::module_public_names(&module).unwrap_or_default() {
                        self.assign(scope, &n);
                    }
                }
                for c in named(node) {
                    let bound = match c.kind() {
                        "aliased_import" => c
                            .child_by_field_name("alias")
                            .map(|a| text(a, self.src).to_string()),
                        "dotted_name" if node.kind() == "import_statement" => {
                            text(c, self.src).split('.').next().map(str::to_string)
                        }
                        "dotted_name" => {
                            // In `from m import a`, the module name is the first dotted_name.
                            if node.child_by_field_name("module_name").map(|m| m.id())
                                == Some(c.id())
                            {
                                None
                            } else {
                                Some(text(c, self.src).to_string())
                            }
                        }
                        _ => None,
                    };
                    if let Some(b) = bound {
                        self.assign(scope, &b);
                    }
                }
            }
            "except_clause" => {
                for c in named(node) {
                    match c.kind() {
                        "as_pattern" => {
                            for (i, p) in named(c).into_iter().enumerate() {
                                if i == 0 {
                                    self.walk(p, scope);
                                } else {
                                    for t in named(p) {
                                        self.targets(t, scope);
                                    }
                                    if p.kind() == "identifier" {
                                        self.targets(p, scope);
                                    }
                                }
                            }
                        }
                        _ => self.walk(c, scope),
                    }
                }
                if let Some(a) = node.child_by_field_name("alias") {
                    self.targets(a, scope);
                }
            }
            "delete_statement" => {
                for c in named(node) {
                    self.targets(c, scope);
                }
            }
            "function_definition" => {
                if let Some(n) = node.child_by_field_name("name") {
                    let n = text(n, self.src).to_string();
                    self.assign(scope, &n);
                }
                let inner = self.new_scope(ScopeKind::Function, scope, node);
                if let Some(p) = node.child_by_field_name("parameters") {
                    self.params(p, scope, inner);
                    // Annotations are evaluated where the def runs (unless `from __future__ import
                    // annotations` keeps them as text).
                    for param in named(p) {
                        if let Some(ty) = param.child_by_field_name("type") {
                            self.walk_annotation(ty, scope);
                        }
                    }
                }
                if let Some(r) = node.child_by_field_name("return_type") {
                    self.walk_annotation(r, scope);
                }
                if let Some(b) = node.child_by_field_name("body") {
                    self.walk_block(b, inner);
                }
            }
            "lambda" => {
                let inner = self.new_scope(ScopeKind::Function, scope, node);
                if let Some(p) = node.child_by_field_name("parameters") {
                    self.params(p, scope, inner);
                }
                if let Some(b) = node.child_by_field_name("body") {
                    self.walk(b, inner);
                }
            }
            "list_comprehension"
            | "set_comprehension"
            | "dictionary_comprehension"
            | "generator_expression" => {
                let inner = self.new_scope(ScopeKind::Comprehension, scope, node);
                self.scopes.scopes[inner].params.push(".0".into());
                let mut first = true;
                for c in named(node) {
                    match c.kind() {
                        "for_in_clause" => {
                            if let Some(r) = c.child_by_field_name("right") {
                                self.walk(r, if first { scope } else { inner });
                            }
                            if let Some(l) = c.child_by_field_name("left") {
                                self.targets(l, inner);
                            }
                            first = false;
                        }
                        _ => self.walk(c, inner),
                    }
                }
            }
            "typed_parameter" | "type" => {}
            "class_definition" => {
                if let Some(a) = node.child_by_field_name("superclasses") {
                    self.walk(a, scope);
                }
                let inner = self.new_scope(ScopeKind::Class, scope, node);
                self.assign(inner, "__class__");
                if let Some(b) = node.child_by_field_name("body") {
                    if !crate::syntax::class_annotations(b, self.src).is_empty() {
                        self.assign(inner, "__annotations__");
                    }
                    self.walk_block(b, inner);
                }
                if let Some(n) = node.child_by_field_name("name") {
                    let n = text(n, self.src).to_string();
                    self.assign(scope, &n);
                }
            }
            "decorated_definition" => {
                for c in named(node) {
                    self.walk(c, scope);
                }
                if let Some(n) = node.child_by_field_name("name") {
                    let n = text(n, self.src).to_string();
                    self.assign(scope, &n);
                }
            }
            _ => {
                for c in named(node) {
                    self.walk(c, scope);
                }
            }
        }
    }

    /// Records parameters of `inner`; default values are evaluated in `outer`.
    /// The names an evaluated annotation reads, through tree-sitter's type syntax.
    fn walk_annotation(&mut self, node: Node, scope: usize) {
        match node.kind() {
            "type" | "generic_type" | "union_type" | "type_parameter" => {
                for c in named(node) {
                    self.walk_annotation(c, scope);
                }
            }
            "member_type" => {
                if let Some(first) = named(node).first() {
                    self.walk_annotation(*first, scope);
                }
            }
            _ => self.walk(node, scope),
        }
    }

    fn params(&mut self, params: Node, outer: usize, inner: usize) {
        let p = crate::syntax::Params::parse(params, self.src);
        for d in p.pos.iter().chain(p.kwonly.iter()).filter_map(|(_, d)| *d) {
            self.walk(d, outer);
        }
        let names = p.slot_names();
        self.scopes.scopes[inner].params = names;
    }
}
