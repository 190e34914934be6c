//! The compile cache: scripts keyed by a hash of (source, file name), so a swarm that runs one script with
//! ten thousand inputs compiles it once, and a batch of distinct scripts compiles in parallel (rayon).
//!
//! A hash match is confirmed by comparing the text, so a collision costs a recompile, never a wrong program.
//! When the cache would pass its size it is emptied (simple and bounded; jobs keep their `Script` alive).
//!
//! The compiler itself is given by the facade ([`Compiler`]): the scheduler does not depend on the frontend.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use npython_vm::bytecode::Program;
use npython_vm::{Compiled, Diagnostic};
use rayon::prelude::*;

use crate::job::Script;
use crate::sync::{Arc, AtomicU64, Mutex, Ordering};

pub(crate) struct Entry {
    pub source: Arc<str>,
    pub filename: Arc<str>,
    pub program: Option<Arc<Program>>,
    pub diagnostics: Vec<Diagnostic>,
}

pub(crate) struct CompileCache {
    compiler: Compiler,
    map: Mutex<HashMap<u64, Arc<Entry>>>,
    capacity: usize,
    pub hits: AtomicU64,
    pub compiles: AtomicU64,
}

fn key(source: &str, filename: &str) -> u64 {
    let mut h = DefaultHasher::new();
    source.hash(&mut h);
    filename.hash(&mut h);
    h.finish()
}

/// Compiles a script: `(source, file name)` to the program (if there were no errors) and every diagnostic.
/// The facade passes `npython_frontend::compile`; the scheduler never depends on the compiler.
pub type Compiler = std::sync::Arc<dyn Fn(&str, &str) -> Compiled + Send + Sync>;

fn compile(compiler: &Compiler, source: Arc<str>, filename: Arc<str>) -> Arc<Entry> {
    let compiled = compiler(&source, &filename);
    Arc::new(Entry {
        source,
        filename,
        program: compiled.program,
        diagnostics: compiled.diagnostics,
    })
}

impl CompileCache {
    pub(crate) fn new(compiler: Compiler, capacity: usize) -> CompileCache {
        CompileCache {
            compiler,
            map: Mutex::new(HashMap::new()),
            capacity: capacity.max(1),
            hits: AtomicU64::new(0),
            compiles: AtomicU64::new(0),
        }
    }

    fn lookup(&self, k: u64, source: &str, filename: &str) -> Option<Arc<Entry>> {
        let map = self.map.lock();
        let e = map.get(&k)?;
        (&*e.source == source && &*e.filename == filename).then(|| e.clone())
    }

    fn insert(&self, k: u64, e: Arc<Entry>) {
        let mut map = self.map.lock();
        if map.len() >= self.capacity && !map.contains_key(&k) {
            map.clear();
        }
        map.insert(k, e);
    }

    /// The compiled script for `source`, compiling it on a miss.
    pub(crate) fn get(&self, source: &str, filename: &str) -> Script {
        let k = key(source, filename);
        if let Some(e) = self.lookup(k, source, filename) {
            self.hits.fetch_add(1, Ordering::Relaxed);
            return Script(e);
        }
        self.compiles.fetch_add(1, Ordering::Relaxed);
        let e = compile(&self.compiler, source.into(), filename.into());
        self.insert(k, e.clone());
        Script(e)
    }

    /// Compiles every distinct script of a batch that is not cached yet, in parallel, and returns the
    /// batch's scripts in order.
    pub(crate) fn get_batch(&self, items: &[(&str, &str)]) -> Vec<Script> {
        let keys: Vec<u64> = items.iter().map(|(s, f)| key(s, f)).collect();
        let mut missing: HashMap<u64, (&str, &str)> = HashMap::new();
        for (k, (s, f)) in keys.iter().zip(items) {
            if self.lookup(*k, s, f).is_none() {
                missing.insert(*k, (s, f));
            }
        }
        let compiled: Vec<(u64, Arc<Entry>)> = missing
            .into_par_iter()
            .map(|(k, (s, f))| (k, compile(&self.compiler, s.into(), f.into())))
            .collect();
        let mut fresh: HashMap<u64, Arc<Entry>> = HashMap::new();
        for (k, e) in compiled {
            self.compiles.fetch_add(1, Ordering::Relaxed);
            self.insert(k, e.clone());
            fresh.insert(k, e);
        }
        keys.iter()
            .zip(items)
            .map(|(k, (s, f))| match fresh.get(k) {
                Some(e) if &*e.source == *s && &*e.filename == *f => Script(e.clone()),
                _ => self.get(s, f),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_script_with_many_inputs_compiles_once_and_batches_dedupe() {
        let cache = CompileCache::new(std::sync::Arc::new(npython_frontend::compile), 16);
        for _ in 0..100 {
            assert!(cache.get("x = 1\nx\n", "a.py").program().is_some());
        }
        assert_eq!(cache.compiles.load(Ordering::Relaxed), 1);
        assert_eq!(cache.hits.load(Ordering::Relaxed), 99);
        let batch: Vec<(&str, &str)> = vec![
            ("1 +", "b.py"),
            ("2", "c.py"),
            ("1 +", "b.py"),
            ("x = 1\nx\n", "a.py"),
        ];
        let scripts = cache.get_batch(&batch);
        assert_eq!(scripts.len(), 4);
        assert!(scripts[0].program().is_none() && !scripts[0].diagnostics().is_empty());
        assert!(scripts[1].program().is_some());
        assert_eq!(scripts[2].source(), "1 +");
        assert_eq!(
            cache.compiles.load(Ordering::Relaxed),
            3,
            "two new distinct scripts"
        );
    }
}
