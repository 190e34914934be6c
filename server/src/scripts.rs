//! Uploaded scripts (`POST /v1/scripts`): a tenant uploads a source once and names it in many jobs by its
//! ref, `sha256:HEX` of the source. Refs are per tenant (another tenant's ref is unknown), and the store is
//! bounded by a byte budget; past it, uploads get 507 `script_store_full`.

use std::collections::HashMap;
use std::sync::Arc;

use hyper::StatusCode;
use parking_lot::Mutex;

use super::config::{hash_key, hex};
use super::errors::ApiError;

/// One uploaded script.
pub struct StoredScript {
    pub source: String,
    pub filename: String,
}

/// Scripts by (tenant, ref), and the bytes they hold.
type ByRef = (HashMap<(usize, String), Arc<StoredScript>>, usize);

/// The tenants' uploaded scripts.
pub struct Scripts {
    by_ref: Mutex<ByRef>,
    budget: usize,
}

impl Scripts {
    pub fn new(budget: usize) -> Scripts {
        Scripts {
            by_ref: Mutex::new((HashMap::new(), 0)),
            budget,
        }
    }

    /// Stores a script (again: the same source keeps its ref) and returns its ref.
    pub fn put(&self, tenant: usize, source: String, filename: String) -> Result<String, ApiError> {
        let reference = format!("sha256:{}", hex(&hash_key(&source)));
        let mut guard = self.by_ref.lock();
        let (map, used) = &mut *guard;
        if map.contains_key(&(tenant, reference.clone())) {
            return Ok(reference);
        }
        let size = source.len() + filename.len();
        if used.saturating_add(size) > self.budget {
            return Err(ApiError::new(
                StatusCode::INSUFFICIENT_STORAGE,
                "script_store_full",
                format!(
                    "the script store holds {used} of its {} bytes; this script needs {size}",
                    self.budget
                ),
            ));
        }
        *used += size;
        map.insert(
            (tenant, reference.clone()),
            Arc::new(StoredScript { source, filename }),
        );
        Ok(reference)
    }

    /// A ref of `tenant`.
    pub fn get(&self, tenant: usize, reference: &str) -> Option<Arc<StoredScript>> {
        self.by_ref
            .lock()
            .0
            .get(&(tenant, reference.to_string()))
            .cloned()
    }
}
