//! The one place the scheduler takes its synchronisation primitives from. Queues, parking and the job state
//! machine import these names instead of `std`/`parking_lot` directly, so a model-checking build (loom, under
//! `cfg(loom)`) can swap them in one file. Today both builds use the real primitives: the loom models are not
//! written yet (see docs/ARCHITECTURE.md, "scheduler").

pub(crate) use parking_lot::{Condvar, Mutex};
pub(crate) use std::sync::atomic::{fence, AtomicBool, AtomicU64, AtomicU8, AtomicUsize, Ordering};
pub(crate) use std::sync::{Arc, Weak};
