//! Diagnostics: what the compiler reports about a script, with `line:col`, the source line and a caret, and a
//! hint written for the LLM (or person) who will fix the script; and `Compiled`, a compile's whole result.
//!
//! The compiler (`npython-frontend`) produces these; they live here, beside the bytecode they come with, so
//! that the scheduler can cache and pass them on without depending on the compiler.

use std::fmt::Write;
use std::sync::Arc;

use crate::bytecode::Program;

/// How serious a diagnostic is. Errors stop the script from running; warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem found in a script. `line` and `col` are 1-based; `col` counts characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable machine-readable code (`syntax`, `unsupported`, `import`, ...).
    pub code: &'static str,
    pub line: u32,
    pub col: u32,
    pub message: String,
    /// What to do about it, when there is something specific to say.
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(
        code: &'static str,
        line: u32,
        col: u32,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code,
            line,
            col,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(
        code: &'static str,
        line: u32,
        col: u32,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            code,
            line,
            col,
            message: message.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    /// Renders the diagnostic as text: `file:line:col: error[code]: message`, the source line, a caret
    /// under the column, and the hint.
    pub fn render(&self, filename: &str, source: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{filename}:{}:{}: {}[{}]: {}",
            self.line,
            self.col,
            self.severity.as_str(),
            self.code,
            self.message
        );
        if let Some(text) = source.lines().nth(self.line.saturating_sub(1) as usize) {
            let shown: String = text.chars().take(200).collect();
            let _ = writeln!(out, "    {shown}");
            let pad: String = text
                .chars()
                .take(self.col.saturating_sub(1) as usize)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let _ = writeln!(out, "    {pad}^");
        }
        if let Some(h) = &self.hint {
            let _ = writeln!(out, "    hint: {h}");
        }
        out
    }
}

/// The result of compiling a script: the program when there were no errors, and every diagnostic.
pub struct Compiled {
    pub program: Option<Arc<Program>>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Compiled {
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}
