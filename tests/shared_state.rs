//! Jobs never change what the next job on the same VM sees.
//!
//! A pooled VM keeps its preludes (builtin helpers, Python-written modules) between jobs as permanent heap
//! objects. A script can reach some of their containers (a prelude class's dict attribute, say) and mutate
//! them; the VM then reports `touched_shared_state` and the scheduler rebuilds it instead of reusing it.
//! These tests check both halves: every program of the conformance corpus runs without touching shared
//! state (so pooling keeps working), and a script that does mutate a prelude container is detected.

use std::fs;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use npython_vm::bytecode::Program;
use npython_vm::{Limits, RunOutcome, Vm};

fn compiled(source: &str, filename: &str) -> Arc<Program> {
    npython_frontend::compile(source, filename)
        .program
        .unwrap_or_else(|| panic!("{filename} compiles"))
}

fn preludes() -> &'static (Arc<Program>, Arc<Program>) {
    static PRELUDES: OnceLock<(Arc<Program>, Arc<Program>)> = OnceLock::new();
    PRELUDES.get_or_init(|| {
        (
            compiled(npython_vm::PRELUDE_SOURCE, "<prelude>"),
            compiled(
                npython_vm::PRELUDE_MODULES_SOURCE,
                npython_vm::MODULE_PRELUDE_FILENAME,
            ),
        )
    })
}

/// Runs `source` on a VM set up as the scheduler sets up a pooled one; returns whether the job touched the
/// preludes' objects, or None when the script does not compile or blocks on I/O (not run here).
fn touches_shared_state(source: &str, filename: &str) -> Option<bool> {
    let program = npython_frontend::compile(source, filename).program?;
    let (prelude, modules) = preludes();
    let mut vm = Vm::new(Limits::default());
    vm.install_prelude(prelude.clone()).expect("prelude");
    vm.reset(Limits::default());
    if npython_vm::program_uses_prelude_modules(&program) {
        vm.install_prelude(modules.clone()).expect("module prelude");
    }
    vm.load(program);
    loop {
        match vm.run(1_000_000) {
            RunOutcome::Yielded => continue,
            RunOutcome::Blocked(_) => return None,
            _ => break,
        }
    }
    Some(vm.touched_shared_state())
}

#[test]
fn no_conformance_program_touches_shared_state() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let mut names: Vec<_> = fs::read_dir(&dir)
        .expect("corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    names.sort();
    let mut ran = 0;
    let mut touching = Vec::new();
    for path in &names {
        let source = fs::read_to_string(path).expect("readable");
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        match touches_shared_state(&source, &name) {
            Some(true) => touching.push(name),
            Some(false) => ran += 1,
            None => {}
        }
    }
    assert!(ran > 500, "only {ran} programs ran");
    assert!(
        touching.is_empty(),
        "these programs changed the preludes' objects (the pool would rebuild their VM): {touching:?}"
    );
}

#[test]
fn mutating_a_prelude_container_is_detected() {
    for script in [
        "from enum import IntEnum\nIntEnum._npy_members_['X'] = 1\n",
        "from enum import Enum\nEnum._npy_members_ = None\n",
        "from enum import StrEnum\nStrEnum.__members__.update(k=2)\n",
    ] {
        // The second one is refused outright (prelude classes are read-only); the others mutate a container.
        let touched = touches_shared_state(script, "<test>").expect("runs");
        let refused_outright = script.contains("_npy_members_ = None");
        assert_eq!(touched, !refused_outright, "{script}");
    }
}
