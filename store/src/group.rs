//! Group commit of result lines: one thread takes every line queued while the previous transaction was
//! committing and stores them in the next one, so the cost of a commit is shared by a whole batch and the
//! store is not the bottleneck of a busy server. Each line's callback runs only after its batch committed
//! (or failed), which is what lets the server stream a line only once it is stored.

use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Arc;

use parking_lot::Mutex;

use crate::{JobStore, ResultRecord, StoreError};

/// The most lines in one transaction: bounds the latency a line waits behind others.
const MAX_BATCH: usize = 4096;

/// Called once per line, after its batch committed (`Ok`) or failed (`Err`).
pub type Committed = Box<dyn FnOnce(Result<(), StoreError>) + Send>;

/// A queue of result lines and the thread committing them in batches. Dropping every clone of it ends the
/// thread once the queue is empty.
#[derive(Clone)]
pub struct GroupCommit {
    tx: Arc<Mutex<Sender<(ResultRecord, Committed)>>>,
}

impl GroupCommit {
    /// Starts the committing thread.
    pub fn start(store: Arc<dyn JobStore>) -> std::io::Result<GroupCommit> {
        let (tx, rx) = channel();
        std::thread::Builder::new()
            .name("npython-store-commit".into())
            .spawn(move || commit_loop(store.as_ref(), &rx))?;
        Ok(GroupCommit {
            tx: Arc::new(Mutex::new(tx)),
        })
    }

    /// Queues a line; `done` runs after it is stored. If the thread is gone (it never exits while a
    /// `GroupCommit` lives, short of a panic in a callback) `done` gets an error at once.
    pub fn push(&self, record: ResultRecord, done: Committed) {
        let sent = self.tx.lock().send((record, done));
        if let Err(std::sync::mpsc::SendError((_, done))) = sent {
            done(Err(StoreError::new(
                crate::StoreErrorKind::Io,
                None,
                "the result committer has stopped",
            )));
        }
    }
}

fn commit_loop(store: &dyn JobStore, rx: &Receiver<(ResultRecord, Committed)>) {
    while let Ok(first) = rx.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(item) => batch.push(item),
                Err(_) => break,
            }
        }
        let (records, callbacks): (Vec<ResultRecord>, Vec<Committed>) = batch.into_iter().unzip();
        let outcome = store.put_results(&records);
        for done in callbacks {
            done(outcome.clone());
        }
    }
}
