//! A worker thread: take a task (own queue, then the global injector, then steal), run its VM for one fuel
//! quantum inside a panic guard, and act on the outcome: requeue it (preempted), park it with the broker
//! (blocked), or end the job. Park when there is nothing to do.
//!
//! Why the order of queues: a worker's own FIFO queue holds the jobs it preempted, so it round-robins over
//! them; every `GLOBAL_INTERVAL` ticks it looks at the global injector first, so newly admitted jobs start
//! even while a worker's own queue is full of long-running loops (that is what bounds a short job's wait
//! behind infinite loops).
//!
//! Invariant: no panic crosses this module. Every call into a VM (`load`, `resume_io`, `run`, converting the
//! result, `reset`) happens inside `catch_unwind`; a VM that panicked or failed internally is dropped and
//! replaced by a fresh one, never reused.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crossbeam_deque::{Steal, Worker};
use npython_vm::{IoRequest, JobError, Limits, RunOutcome, Vm};

use crate::job::{End, Stop, Task};
use crate::stats::Counters;
use crate::sync::{Arc, Ordering};
use crate::Shared;

/// Ticks between looks at the global injector before the worker's own queue.
const GLOBAL_INTERVAL: u32 = 31;

/// What one quantum came to.
enum Step {
    Yielded,
    Blocked(IoRequest),
    End { end: End, poisoned: bool },
}

pub(crate) struct WorkerCtx {
    shared: Arc<Shared>,
    index: usize,
    local: Worker<Box<Task>>,
    tick: u32,
    rng: u64,
}

pub(crate) fn run(shared: Arc<Shared>, index: usize, local: Worker<Box<Task>>) {
    let mut w = WorkerCtx {
        shared,
        index,
        local,
        tick: 0,
        rng: 0x9E37_79B9_7F4A_7C15 ^ (index as u64 + 1),
    };
    loop {
        match w.next_task() {
            Some(task) => w.run_task(task),
            None => {
                if w.shared.stopping.load(Ordering::Acquire) {
                    return;
                }
                let shared = w.shared.clone();
                if shared
                    .idle
                    .park(|| shared.has_work() || shared.stopping.load(Ordering::Acquire))
                {
                    Counters::add(&shared.workers[w.index].parks, 1);
                }
            }
        }
    }
}

impl WorkerCtx {
    fn next_task(&mut self) -> Option<Box<Task>> {
        self.tick = self.tick.wrapping_add(1);
        if self.tick.is_multiple_of(GLOBAL_INTERVAL) {
            if let Some(t) = self.steal_global() {
                return Some(t);
            }
        }
        if let Some(t) = self.local.pop() {
            return Some(t);
        }
        if let Some(t) = self.take_inbox() {
            return Some(t);
        }
        if let Some(t) = self.steal_global() {
            return Some(t);
        }
        self.steal_others()
    }

    /// A batch steal may leave several tasks in this worker's queue: wake a parked worker to take some, or it
    /// would sleep while this one runs them all in turn.
    fn share_surplus(&self) {
        if !self.local.is_empty() {
            self.shared.idle.notify_one();
        }
    }

    fn take_inbox(&mut self) -> Option<Box<Task>> {
        let inbox = self.shared.inboxes.get(self.index)?;
        if inbox.len.load(Ordering::Acquire) == 0 {
            return None;
        }
        let mut q = inbox.tasks.lock();
        inbox.len.store(0, Ordering::Release);
        // (Thieves also take from inboxes, see `steal_others`; whoever holds the lock first wins.)
        for t in q.drain(..) {
            self.local.push(t);
        }
        drop(q);
        let first = self.local.pop();
        self.share_surplus();
        first
    }

    fn steal_global(&mut self) -> Option<Box<Task>> {
        loop {
            match self.shared.injector.steal_batch_and_pop(&self.local) {
                Steal::Success(t) => {
                    self.share_surplus();
                    return Some(t);
                }
                Steal::Empty => return None,
                Steal::Retry => std::hint::spin_loop(),
            }
        }
    }

    fn steal_others(&mut self) -> Option<Box<Task>> {
        let n = self.shared.stealers.len();
        if n <= 1 {
            return None;
        }
        // xorshift: a cheap random start so thieves do not all hit the same victim.
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        let start = (self.rng % n as u64) as usize;
        for i in 0..n {
            let victim = (start + i) % n;
            if victim == self.index {
                continue;
            }
            loop {
                match self.shared.stealers[victim].steal_batch_and_pop(&self.local) {
                    Steal::Success(t) => {
                        Counters::add(&self.shared.workers[self.index].steals, 1);
                        self.share_surplus();
                        return Some(t);
                    }
                    Steal::Empty => break,
                    Steal::Retry => std::hint::spin_loop(),
                }
            }
            // Tasks placed on the victim but not yet in its deque (the pinning test hook) are fair game too.
            if let Some(inbox) = self.shared.inboxes.get(victim) {
                if inbox.len.load(Ordering::Acquire) > 0 {
                    let mut q = inbox.tasks.lock();
                    if let Some(t) = q.pop() {
                        inbox.len.store(q.len(), Ordering::Release);
                        Counters::add(&self.shared.workers[self.index].steals, 1);
                        return Some(t);
                    }
                }
            }
        }
        None
    }

    fn run_task(&mut self, mut task: Box<Task>) {
        if let Some(end) = task.cell.stop_reason().end() {
            return self.shared.end_task(task, end, false);
        }
        if task.deadline.is_some_and(|d| Instant::now() >= d) {
            task.cell.request_stop(Stop::Deadline);
            let end = task.cell.stop_reason().end().unwrap_or(End::Cancelled);
            return self.shared.end_task(task, end, false);
        }
        if task.load.is_some() {
            self.bind(&mut task);
        }
        let quantum = self.shared.quantum;
        let before = task.vm.instructions();
        let started = Instant::now();
        let step = {
            let t = &mut *task;
            catch_unwind(AssertUnwindSafe(|| quantum_step(t, quantum)))
        };
        task.cpu += started.elapsed();
        let step = step.unwrap_or_else(|panic| {
            Counters::add(&self.shared.counters.panics, 1);
            Step::End {
                end: End::Internal(format!("the VM panicked: {}", panic_message(&*panic))),
                poisoned: true,
            }
        });
        let spent = task.vm.instructions().saturating_sub(before);
        task.meter.fuel_used.fetch_add(spent, Ordering::Relaxed);
        Counters::add(&self.shared.counters.instructions, spent);
        Counters::add(&self.shared.counters.quanta, 1);
        Counters::add(&self.shared.workers[self.index].quanta, 1);
        match step {
            Step::Yielded => {
                if task.meter.exhausted() {
                    task.cell.request_stop(Stop::TenantFuel);
                }
                if task.deadline.is_some_and(|d| Instant::now() >= d) {
                    task.cell.request_stop(Stop::Deadline);
                }
                if let Some(end) = task.cell.stop_reason().end() {
                    return self.shared.end_task(task, end, false);
                }
                Counters::add(&self.shared.counters.preemptions, 1);
                self.local.push(task);
                if self.local.len() > 1 {
                    self.shared.idle.notify_one();
                }
            }
            Step::Blocked(req) => self.shared.park_blocked(task, req),
            Step::End { end, poisoned } => {
                // A limit hit because a stop raised the VM's interrupt flag is reported as that stop.
                let end = match (&end, task.cell.stop_reason().end()) {
                    (End::Killed { .. }, Some(stopped)) => stopped,
                    _ => end,
                };
                self.shared.end_task(task, end, poisoned)
            }
        }
    }

    /// First quantum of a job: load its program and inputs into the VM, arm its deadline.
    fn bind(&mut self, task: &mut Task) {
        let Some(load) = task.load.take() else {
            return;
        };
        let now = Instant::now();
        task.first_run = Some(now);
        if let Some(timeout) = load.timeout {
            let at = now.checked_add(timeout);
            task.deadline = at;
            if let Some(at) = at {
                let shared = Arc::downgrade(&self.shared);
                let cell = Arc::downgrade(&task.cell);
                task.deadline_timer = Some(self.shared.timer.schedule(at, move || {
                    if let (Some(s), Some(c)) = (shared.upgrade(), cell.upgrade()) {
                        s.stop(&c, Stop::Deadline);
                    }
                }));
            }
        }
        task.load = Some(load);
    }
}

/// One quantum, run inside the worker's panic guard: applies a pending load or I/O answer, runs the VM, and
/// converts a final value while the VM still holds it.
fn quantum_step(task: &mut Task, quantum: u64) -> Step {
    if let Some(load) = task.load.take() {
        // Fault injection for the unit tests of the panic path: no script can make the VM panic on purpose.
        #[cfg(test)]
        if load
            .inputs
            .iter()
            .any(|(name, _)| name == tests::PANIC_INPUT)
        {
            panic!("injected fault");
        }
        let vm = &mut task.vm;
        if !same_limits(&load.limits, &Limits::default()) {
            vm.reset(load.limits.clone());
            // `reset` clears the interrupt flag: put back a stop that arrived since admission.
            if task.cell.stop_reason() != Stop::None {
                vm.interrupt_flag().store(true, Ordering::Relaxed);
            }
        }
        if let Some(modules) = load.module_prelude {
            if !vm.has_prelude(npython_vm::MODULE_PRELUDE_FILENAME) {
                if let Err(e) = vm.install_prelude(modules) {
                    return Step::End {
                        end: End::Internal(e),
                        poisoned: true,
                    };
                }
            }
        }
        vm.load(load.program);
        vm.set_clock(
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs_f64())
                .unwrap_or(0.0),
        );
        for (name, data) in &load.inputs {
            let v = vm.from_data(data);
            vm.set_global(name, v);
        }
        // The pool's `reset` set the seed back to 0 and removed any capability context.
        if load.seed != 0 {
            vm.set_random_seed(load.seed);
        }
        if let Some(context) = load.capabilities {
            vm.set_capabilities(context);
        }
        for (name, token) in &load.tokens {
            vm.bind_token(name, token);
        }
    }
    if let Some(answer) = task.io_answer.take() {
        if !task.vm.resume_io(answer) {
            return Step::End {
                end: End::Internal("an I/O answer arrived for a VM that was not blocked".into()),
                poisoned: true,
            };
        }
    }
    let outcome = task.vm.run(quantum);
    let out = task.vm.take_output();
    task.stdout.extend_from_slice(&out);
    let err = task.vm.take_stderr();
    task.stderr.extend_from_slice(&err);
    match outcome {
        RunOutcome::Yielded => Step::Yielded,
        RunOutcome::Blocked(req) => Step::Blocked(req),
        RunOutcome::Finished(v) => {
            let vm = &mut task.vm;
            let result = match vm.to_data(v) {
                Some(d) => Ok(d),
                None => Err(vm.repr(v).unwrap_or_else(|_| "<unrepresentable>".into())),
            };
            Step::End {
                end: End::Finished(result),
                poisoned: false,
            }
        }
        RunOutcome::Raised(e) => Step::End {
            end: End::Raised(e),
            poisoned: false,
        },
        RunOutcome::Killed(JobError::Limit(limit)) => Step::End {
            end: End::Killed {
                limit,
                reason: JobError::Limit(limit).to_string(),
            },
            poisoned: false,
        },
        RunOutcome::Killed(e @ JobError::Internal(_)) => Step::End {
            end: End::Internal(e.to_string()),
            poisoned: true,
        },
    }
}

/// `Limits` has no `PartialEq` (and vm/ is not ours to change): compare the fields that exist today.
pub(crate) fn same_limits(a: &Limits, b: &Limits) -> bool {
    a.max_instructions == b.max_instructions
        && a.max_memory_bytes == b.max_memory_bytes
        && a.max_output_bytes == b.max_output_bytes
        && a.max_depth == b.max_depth
}

pub(crate) fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// A fresh VM with the prelude, for the pool and for replacing a poisoned VM.
pub(crate) fn new_vm(prelude: &Arc<npython_vm::bytecode::Program>) -> Result<Box<Vm>, String> {
    catch_unwind(AssertUnwindSafe(|| {
        let mut vm = Box::new(Vm::new(Limits::default()));
        vm.install_prelude(prelude.clone())?;
        vm.reset(Limits::default());
        Ok(vm)
    }))
    .unwrap_or_else(|p| Err(format!("creating a VM panicked: {}", panic_message(&*p))))
}

#[cfg(test)]
pub(crate) mod tests {
    use std::time::Duration;

    use npython_vm::{Data, Limits};

    use crate::{End, JobSpec, Scheduler, SchedulerConfig};

    /// A job with an input of this name makes its VM panic on its first quantum.
    pub(crate) const PANIC_INPUT: &str = "__npy_test_panic__";

    fn spec(s: &Scheduler, src: &str, inputs: Vec<(String, Data)>) -> JobSpec {
        JobSpec {
            tenant: "t".into(),
            script: s.compile(src, "job.py"),
            inputs,
            limits: Limits::default(),
            timeout: Some(Duration::from_secs(60)),
            notify: None,
            tokens: Vec::new(),
            seed: None,
        }
    }

    #[test]
    fn a_panicking_vm_fails_its_job_alone_and_is_rebuilt() {
        let prelude = npython_frontend::compile(npython_vm::PRELUDE_SOURCE, "<prelude>")
            .program
            .expect("prelude");
        let s = Scheduler::new(
            SchedulerConfig {
                workers: 2,
                vms: 2,
                ..SchedulerConfig::default()
            },
            std::sync::Arc::new(npython_frontend::compile),
            prelude,
        )
        .expect("scheduler");
        let bad = s
            .submit(spec(
                &s,
                "x = 1\nx\n",
                vec![(PANIC_INPUT.into(), Data::None)],
            ))
            .expect("accepted");
        let good: Vec<_> = (0..20)
            .map(|i| {
                s.submit(spec(&s, "x * 2\n", vec![("x".into(), Data::Int(i))]))
                    .expect("accepted")
            })
            .collect();
        match bad.wait().end {
            End::Internal(why) => assert!(why.contains("injected fault"), "{why}"),
            other => panic!("expected an internal error, got {other:?}"),
        }
        for (i, h) in good.into_iter().enumerate() {
            assert_eq!(h.wait().end, End::Finished(Ok(Data::Int(2 * i as i64))));
        }
        let st = s.stats();
        assert_eq!((st.panics, st.vms_rebuilt, st.free_vms), (1, 1, 2));
    }
}
