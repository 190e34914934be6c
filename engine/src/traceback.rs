//! Renders an uncaught exception the way CPython prints it.

use std::fmt::Write;

use npython_vm::{PyException, PyExceptionLink, TraceEntry};

fn frames(out: &mut String, entries: &[TraceEntry], filename: &str, source: &str) {
    out.push_str("Traceback (most recent call last):\n");
    for e in entries {
        let _ = writeln!(
            out,
            "  File \"{filename}\", line {}, in {}",
            e.line, e.function
        );
        if let Some(text) = source.lines().nth(e.line.saturating_sub(1) as usize) {
            let t = text.trim();
            if !t.is_empty() {
                let _ = writeln!(out, "    {t}");
            }
        }
    }
}

fn summary(type_name: &str, message: &str) -> String {
    if message.is_empty() {
        type_name.to_string()
    } else {
        format!("{type_name}: {message}")
    }
}

/// The full traceback text, chained exceptions first, ending with `Type: message`.
pub fn render(e: &PyException, filename: &str, source: &str) -> String {
    let mut out = String::new();
    for (link, t, m, tb) in &e.chain {
        frames(&mut out, tb, filename, source);
        let _ = writeln!(out, "{}", summary(t, m));
        out.push_str(match link {
            PyExceptionLink::Cause => {
                "\nThe above exception was the direct cause of the following exception:\n\n"
            }
            PyExceptionLink::Context => {
                "\nDuring handling of the above exception, another exception occurred:\n\n"
            }
        });
    }
    frames(&mut out, &e.traceback, filename, source);
    let _ = writeln!(out, "{}", e.summary());
    out
}
