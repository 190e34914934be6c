//! Diagnostics: positions for them (`line_col`). The types (`Diagnostic`, `Severity`, `Compiled`) live in
//! the VM crate, beside the bytecode, so the scheduler can carry them without depending on the compiler.

pub use npython_vm::{Compiled, Diagnostic, Severity};

/// Converts a tree-sitter position (0-based row, byte column) into a 1-based line and character column.
pub fn line_col(source: &str, row: usize, byte_col: usize) -> (u32, u32) {
    let line_text = source.lines().nth(row).unwrap_or("");
    let byte_col = byte_col.min(line_text.len());
    let mut b = byte_col;
    while b > 0 && !line_text.is_char_boundary(b) {
        b -= 1;
    }
    let col = line_text[..b].chars().count() + 1;
    (row as u32 + 1, col as u32)
}
