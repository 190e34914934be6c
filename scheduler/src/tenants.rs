//! Admission: per-tenant queues of jobs waiting for a VM, the pool of free VMs, and the weighted fair choice
//! of which tenant's job gets the next free VM (deficit round robin, one unit per admitted job).
//!
//! Everything here sits behind one lock (`Shared::admission`), taken once per submission and once per job
//! end; the hot path of a running job (a quantum) never takes it. Per-tenant fuel is metered with atomics
//! (`TenantMeter`) for the same reason.
//!
//! Invariants:
//! - `queued` counts a tenant's live waiting jobs. A job cancelled while queued stays in the queue as a
//!   tombstone (its cell is `Done`) and is skipped when reached; the canceller decremented `queued`.
//! - `running` counts jobs holding a VM; it is decremented exactly once, when the VM comes back (`retire`).
//! - `jobs` holds every job that has not ended, so a shutdown can reach them all.
//! - A job gets a VM only when its memory need fits `memory` (see `memory.rs`); a tenant whose next job
//!   does not fit is passed over like one at its running limit, and its job keeps its turn (FIFO per tenant).

use std::collections::{HashMap, VecDeque};

use npython_vm::Vm;

use crate::config::TenantConfig;
use crate::job::{JobCell, JobKey, Pending, State, Task};
use crate::memory::MemoryBudget;
use crate::sync::{Arc, AtomicU64, Ordering};

/// A tenant's fuel spent so far, updated by workers after every quantum.
pub(crate) struct TenantMeter {
    pub fuel_used: AtomicU64,
    pub max_fuel: u64,
}

impl TenantMeter {
    pub(crate) fn exhausted(&self) -> bool {
        self.fuel_used.load(Ordering::Relaxed) >= self.max_fuel
    }
}

pub(crate) struct Tenant {
    pub name: String,
    pub cfg: TenantConfig,
    pub meter: Arc<TenantMeter>,
    queue: VecDeque<Pending>,
    pub queued: usize,
    pub running: usize,
    deficit: u32,
    in_rotation: bool,
}

pub(crate) struct Admission {
    pub tenants: Vec<Tenant>,
    by_name: HashMap<String, usize>,
    default_cfg: TenantConfig,
    /// Tenants with waiting jobs, in round-robin order; the front one is being served.
    rotation: VecDeque<usize>,
    /// Boxed on purpose: a VM moves between the pool and tasks as one pointer, never as a large struct.
    #[allow(clippy::vec_box)]
    pub free_vms: Vec<Box<Vm>>,
    pub jobs: HashMap<JobKey, Arc<JobCell>>,
    pub shutting_down: bool,
    /// The memory held by jobs with a VM, against the engine's budget.
    pub memory: MemoryBudget,
}

impl Admission {
    #[allow(clippy::vec_box)]
    pub(crate) fn new(
        known: &[(String, TenantConfig)],
        default_cfg: TenantConfig,
        vms: Vec<Box<Vm>>,
        memory_budget: u64,
    ) -> Admission {
        let mut a = Admission {
            tenants: Vec::new(),
            by_name: HashMap::new(),
            default_cfg,
            rotation: VecDeque::new(),
            free_vms: vms,
            jobs: HashMap::new(),
            shutting_down: false,
            memory: MemoryBudget::new(memory_budget),
        };
        for (name, cfg) in known {
            a.tenant_index(name, Some(cfg.clone()));
        }
        a
    }

    /// The index of tenant `name`, creating it (with `cfg` or the default configuration) if it is new.
    pub(crate) fn tenant_index(&mut self, name: &str, cfg: Option<TenantConfig>) -> usize {
        if let Some(&i) = self.by_name.get(name) {
            return i;
        }
        let mut cfg = cfg.unwrap_or_else(|| self.default_cfg.clone());
        // A tenant that may never hold a VM would accept jobs that never run: it may always hold one.
        cfg.max_running = cfg.max_running.max(1);
        let i = self.tenants.len();
        self.tenants.push(Tenant {
            name: name.to_string(),
            meter: Arc::new(TenantMeter {
                fuel_used: AtomicU64::new(0),
                max_fuel: cfg.max_fuel,
            }),
            cfg,
            queue: VecDeque::new(),
            queued: 0,
            running: 0,
            deficit: 0,
            in_rotation: false,
        });
        self.by_name.insert(name.to_string(), i);
        i
    }

    /// Adds a job to its tenant's queue (limits were checked by the caller).
    pub(crate) fn enqueue(&mut self, tenant: usize, p: Pending) {
        self.jobs.insert(p.cell.key, p.cell.clone());
        let t = &mut self.tenants[tenant];
        t.queue.push_back(p);
        t.queued += 1;
        if !t.in_rotation {
            t.in_rotation = true;
            self.rotation.push_back(tenant);
        }
    }

    /// Binds the next fairly chosen waiting job to a free VM, if there is both.
    pub(crate) fn admit_one(&mut self) -> Option<Box<Task>> {
        let mut passes = 0;
        loop {
            let flag = self.free_vms.last()?.interrupt_flag();
            let &ti = self.rotation.front()?;
            let t = &mut self.tenants[ti];
            if t.queue.is_empty() {
                self.rotation.pop_front();
                t.in_rotation = false;
                t.deficit = 0;
                continue;
            }
            if t.running >= t.cfg.max_running {
                // This tenant may not take another VM now; give the turn to the next one. A full lap of
                // tenants that all hit their running limit admits nothing.
                self.rotation.rotate_left(1);
                passes += 1;
                if passes >= self.rotation.len() {
                    return None;
                }
                continue;
            }
            let head = t.queue.front()?;
            if !matches!(*head.cell.state.lock(), State::Queued) {
                // A tombstone: cancelled while it waited (its reservation went in `retire_queued`).
                t.queue.pop_front();
                continue;
            }
            let (key, need) = (head.cell.key, MemoryBudget::need(&head.load.limits));
            if !self.memory.admits(key, need) {
                // Not enough memory now: the job keeps its place at the head of its tenant's queue, and
                // the other tenants get their turn (a job that does fit may still run).
                self.memory.turn_away(key, need);
                self.rotation.rotate_left(1);
                passes += 1;
                if passes >= self.rotation.len() {
                    return None;
                }
                continue;
            }
            if t.deficit == 0 {
                t.deficit = t.cfg.weight.max(1);
            }
            let p = t.queue.pop_front()?;
            {
                let mut st = p.cell.state.lock();
                if !matches!(*st, State::Queued) {
                    // A tombstone: cancelled while it waited.
                    continue;
                }
                *st = State::Running(flag);
            }
            t.queued -= 1;
            t.running += 1;
            self.memory.take(key, need);
            t.deficit -= 1;
            if t.deficit == 0 {
                self.rotation.rotate_left(1);
            }
            let vm = self.free_vms.pop()?;
            return Some(Box::new(Task {
                cell: p.cell,
                meter: t.meter.clone(),
                vm,
                load: Some(p.load),
                io_answer: None,
                diagnostics: p.diagnostics,
                stdout: Vec::new(),
                stderr: Vec::new(),
                cpu: std::time::Duration::ZERO,
                first_run: None,
                deadline: None,
                deadline_timer: None,
            }));
        }
    }

    /// Accounts for a job that ended while it held a VM, and takes the VM back (if it survived).
    pub(crate) fn retire_running(&mut self, tenant: usize, key: JobKey, vm: Option<Box<Vm>>) {
        self.jobs.remove(&key);
        self.memory.release(key);
        let t = &mut self.tenants[tenant];
        t.running = t.running.saturating_sub(1);
        if let Some(vm) = vm {
            self.free_vms.push(vm);
        }
    }

    /// Accounts for a job that ended while it waited for a VM. Its entry stays behind as a tombstone until
    /// admission reaches it; when tombstones outnumber live entries the queue is swept, so mass cancellation
    /// does not keep the jobs' inputs alive.
    pub(crate) fn retire_queued(&mut self, tenant: usize, key: JobKey) {
        self.jobs.remove(&key);
        self.memory.forget(key);
        let t = &mut self.tenants[tenant];
        t.queued = t.queued.saturating_sub(1);
        if t.queue.len() > 2 * t.queued + 64 {
            t.queue
                .retain(|p| matches!(*p.cell.state.lock(), State::Queued));
        }
    }

    pub(crate) fn queued_total(&self) -> usize {
        self.tenants.iter().map(|t| t.queued).sum()
    }

    pub(crate) fn running_total(&self) -> usize {
        self.tenants.iter().map(|t| t.running).sum()
    }
}
