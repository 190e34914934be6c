//! An insertion-ordered hash table (the layout of CPython's dict): a dense entry vector plus an index table.
//!
//! Keys are `Value`s whose equality may need the heap (string contents), so lookups take the hash and an
//! equality closure from the caller instead of requiring `Hash + Eq` on the key type. Small dicts (the records
//! agents build by the thousand) have no index at all: a scan of up to `SMALL` hashes is faster than a probe
//! and saves an allocation; the index is built when the dict grows past that.

use hashbrown::HashTable;

use crate::value::Value;

#[derive(Debug, Clone, Copy)]
struct Entry {
    hash: u64,
    key: Value,
    value: Value,
}

/// Entries a dict holds before it builds its hash index.
const SMALL: usize = 8;

/// Which dict type a dict object is: the `collections` types are dicts with a different class and a few
/// behaviours (a missing key makes a default, or counts as 0), so every dict operation serves them.
#[derive(Debug, Default, Clone, Copy)]
pub enum Flavor {
    #[default]
    Plain,
    /// `defaultdict(factory)`; a None factory behaves like a plain dict.
    Default(Value),
    Counter,
    Ordered,
}

/// An ordered dict; sets use it with `None` values.
#[derive(Debug, Default)]
pub struct Dict {
    pub flavor: Flavor,
    entries: Vec<Entry>,
    /// Entry positions by hash; empty and unused while `indexed` is false.
    index: HashTable<u32>,
    indexed: bool,
    len: usize,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            flavor: Flavor::Plain,
            entries: Vec::with_capacity(n),
            index: HashTable::new(),
            indexed: false,
            len: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Entry>() + self.index.capacity() * 5
    }

    /// The entry position of a key equal to the one hashed as `hash`.
    #[inline]
    pub fn find(&self, hash: u64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        if !self.indexed {
            return self
                .entries
                .iter()
                .position(|e| e.hash == hash && !matches!(e.key, Value::Undef) && eq(e.key));
        }
        let entries = &self.entries;
        self.index
            .find(hash, |&i| {
                let e = &entries[i as usize];
                e.hash == hash && eq(e.key)
            })
            .map(|&i| i as usize)
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        let i = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.len += 1;
        if self.indexed {
            let entries = &self.entries;
            self.index
                .insert_unique(hash, i, |&j| entries[j as usize].hash);
        } else if self.entries.len() > SMALL {
            self.indexed = true;
            self.rebuild_index();
        }
    }

    pub fn value_at(&self, pos: usize) -> Value {
        self.entries[pos].value
    }

    pub fn key_at(&self, pos: usize) -> Value {
        self.entries[pos].key
    }

    pub fn set_value_at(&mut self, pos: usize, value: Value) {
        self.entries[pos].value = value;
    }

    /// Removes the entry at `pos`, returning its key and value.
    pub fn remove_at(&mut self, pos: usize) -> (Value, Value) {
        let kv = self.unlink(pos);
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        kv
    }

    fn unlink(&mut self, pos: usize) -> (Value, Value) {
        let e = self.entries[pos];
        if self.indexed {
            if let Ok(slot) = self.index.find_entry(e.hash, |&i| i as usize == pos) {
                slot.remove();
            }
        }
        self.entries[pos].key = Value::Undef;
        self.entries[pos].value = Value::Undef;
        self.len -= 1;
        (e.key, e.value)
    }

    fn compact(&mut self) {
        self.entries.retain(|e| !matches!(e.key, Value::Undef));
        if self.indexed {
            self.rebuild_index();
        }
    }

    /// Indexes every live entry afresh.
    fn rebuild_index(&mut self) {
        self.index.clear();
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            if !matches!(e.key, Value::Undef) {
                self.index
                    .insert_unique(e.hash, i as u32, |&j| entries[j as usize].hash);
            }
        }
    }

    /// One past the last entry position (positions of removed entries are skipped by `entry`).
    pub fn end(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at `pos`, if any.
    #[inline]
    pub fn entry(&self, pos: usize) -> Option<(Value, Value)> {
        let e = self.entries.get(pos)?;
        if matches!(e.key, Value::Undef) {
            None
        } else {
            Some((e.key, e.value))
        }
    }

    /// Live entries in insertion order, with their hashes.
    pub fn iter(&self) -> impl Iterator<Item = (u64, Value, Value)> + '_ {
        self.entries
            .iter()
            .filter(|e| !matches!(e.key, Value::Undef))
            .map(|e| (e.hash, e.key, e.value))
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.indexed = false;
        self.len = 0;
    }

    /// Removes and returns the last entry.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let pos = self
            .entries
            .iter()
            .rposition(|e| !matches!(e.key, Value::Undef))?;
        let kv = self.unlink(pos);
        self.entries.truncate(pos);
        Some(kv)
    }

    pub fn trace(&self, f: &mut impl FnMut(Value)) {
        if let Flavor::Default(factory) = self.flavor {
            f(factory);
        }
        for e in &self.entries {
            f(e.key);
            f(e.value);
        }
    }

    /// A copy with the same entries (values are handles, so this is a shallow copy), as a plain dict.
    pub fn shallow_clone(&self) -> Dict {
        let mut d = Dict::with_capacity(self.len);
        for (h, k, v) in self.iter() {
            d.insert_new(h, k, v);
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_eq(k: i64) -> impl FnMut(Value) -> bool {
        move |v| matches!(v, Value::Int(x) if x == k)
    }

    #[test]
    fn keeps_insertion_order_across_removals() {
        let mut d = Dict::new();
        for i in 0..100 {
            d.insert_new(i as u64 % 7, Value::Int(i), Value::Int(i * 10));
        }
        for i in (0..100).step_by(2) {
            let pos = d.find(i as u64 % 7, int_eq(i)).expect("present");
            d.remove_at(pos);
        }
        let keys: Vec<i64> = d
            .iter()
            .map(|(_, k, _)| if let Value::Int(x) = k { x } else { -1 })
            .collect();
        assert_eq!(keys, (1..100).step_by(2).collect::<Vec<_>>());
        let pos = d.find(99 % 7, int_eq(99)).expect("present");
        assert!(matches!(d.value_at(pos), Value::Int(990)));
        assert!(d.find(98 % 7, int_eq(98)).is_none());
    }
}
