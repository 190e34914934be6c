//! Configuration of a scheduler and of its tenants. Options are plain structs with documented defaults
//! (no boolean parameters), filled by the facade's `EngineBuilder`.

use std::sync::Arc;

use npython_caps::Verifier;
use npython_vm::UnixClock;

use crate::broker::IoBroker;

/// How one tenant shares the engine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TenantConfig {
    /// Share of admissions under contention: a tenant of weight 2 gets a VM twice as often as one of weight 1
    /// while both have jobs waiting (deficit round robin, one unit per admitted job).
    pub weight: u32,
    /// Jobs of this tenant holding a VM at once (running, runnable or blocked).
    pub max_running: usize,
    /// Jobs of this tenant waiting for a VM. A submission past it is refused with `SubmitError::QueueFull`.
    pub max_queued: usize,
    /// Instructions all of this tenant's jobs may execute in the engine's lifetime. Once spent, running jobs
    /// are killed (limit `instructions`) and submissions are refused with `SubmitError::FuelExhausted`.
    pub max_fuel: u64,
}

impl Default for TenantConfig {
    fn default() -> TenantConfig {
        TenantConfig {
            weight: 1,
            max_running: usize::MAX,
            max_queued: 100_000,
            max_fuel: u64::MAX,
        }
    }
}

/// How a scheduler is built.
#[derive(Clone)]
pub struct SchedulerConfig {
    /// Worker threads; 0 means one per available core.
    pub workers: usize,
    /// VMs in the pool, created up front. Every admitted job (running, runnable or blocked) holds one.
    pub vms: usize,
    /// Instructions a VM runs before it goes back to the run queue.
    pub quantum: u64,
    /// Tenants known in advance, with their shares and limits.
    pub tenants: Vec<(String, TenantConfig)>,
    /// The configuration of a tenant that is not listed in `tenants`.
    pub default_tenant: TenantConfig,
    /// Bytes the memory limits (`Limits::max_memory_bytes`) of all jobs holding a VM may add up to; a job
    /// that would go past it waits in its queue, and one asking more than all of it is refused with
    /// `SubmitError::OverMemoryBudget`. `u64::MAX` (the default) means no budget.
    pub memory_budget_bytes: u64,
    /// Compiled scripts kept by source hash; the cache is emptied when it would grow past this.
    pub compile_cache_entries: usize,
    /// Where blocked VMs' requests go; `None` uses the built-in timer broker (serves `time.sleep`).
    pub broker: Option<Arc<dyn IoBroker>>,
    /// Checks the capability tokens jobs carry (`JobSpec::tokens`): signing keys and revocations, e.g. an
    /// `npython_caps::KeyStore` or a `Keyring`. `None`: a job may still carry tokens, but entering
    /// `with scope(...)` with one raises `CapabilityError` (the host gave the engine no verifier).
    pub verifier: Option<Arc<dyn Verifier + Send + Sync>>,
    /// The wall clock token expiry is checked against, in unix seconds; `None` uses the system clock.
    pub clock: Option<UnixClock>,
    /// Test hook: admitted jobs go to this worker's own queue instead of the global injector, so a test can
    /// place unequal work on one worker and watch the others steal it.
    #[doc(hidden)]
    pub pin_admissions_to: Option<usize>,
}

impl Default for SchedulerConfig {
    fn default() -> SchedulerConfig {
        SchedulerConfig {
            workers: 0,
            vms: 512,
            quantum: 10_000,
            tenants: Vec::new(),
            default_tenant: TenantConfig::default(),
            memory_budget_bytes: u64::MAX,
            compile_cache_entries: 1024,
            broker: None,
            verifier: None,
            clock: None,
            pin_admissions_to: None,
        }
    }
}

impl SchedulerConfig {
    /// The worker count after resolving 0 to the available cores.
    pub fn resolved_workers(&self) -> usize {
        if self.workers == 0 {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        } else {
            self.workers
        }
    }
}
