//! `--spawn`: start `npython serve --listen 127.0.0.1:0` with a fresh temporary `NPYTHON_HOME`, read the bound
//! address (and, for the embedded default, the freshly printed API key and admin key) from its standard
//! output, and stop it with SIGTERM at the end. With a written config the keys are generated here, the admin
//! key listed as `admin_keys_sha256`, so `[[token]]` scenarios can mint in either case.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::scenario::ServerSettings;

pub struct Spawned {
    child: Option<Child>,
    home: PathBuf,
    pub url: String,
    pub api_keys: Vec<String>,
    /// The tenant of each API key.
    pub tenants: Vec<String>,
    /// For `POST /v1/tokens`.
    pub admin_key: Option<String>,
}

/// The keys of a written config.
struct ConfigKeys {
    api_keys: Vec<String>,
    tenants: Vec<String>,
    admin_key: String,
}

/// The `npython` binary beside this executable (they are built into the same target directory).
pub fn npython_beside_self() -> Result<PathBuf, String> {
    let me = std::env::current_exe().map_err(|e| format!("cannot locate myself: {e}"))?;
    let dir = me.parent().ok_or("no directory for the executable")?;
    let name = format!("npython{}", std::env::consts::EXE_SUFFIX);
    // Tests run from target/<profile>/deps; binaries are in target/<profile>.
    for d in [Some(dir), dir.parent()].into_iter().flatten() {
        let p = d.join(&name);
        if p.is_file() {
            return Ok(p);
        }
    }
    Err(format!(
        "no `{name}` beside {} (build it: cargo build --release --bin npython), or pass --npython PATH",
        me.display()
    ))
}

fn random_hex(bytes: usize) -> Result<String, String> {
    let mut b = vec![0u8; bytes];
    getrandom::fill(&mut b).map_err(|e| format!("no randomness: {e}"))?;
    Ok(b.iter().map(|x| format!("{x:02x}")).collect())
}

fn sha256_hex(text: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(text.as_bytes())
        .iter()
        .map(|x| format!("{x:02x}"))
        .collect()
}

/// The config file for a spawned server with explicit settings or several tenants; returns the keys.
fn write_config(
    path: &Path,
    settings: &ServerSettings,
    tenants: usize,
) -> Result<ConfigKeys, String> {
    let admin_key = format!("npa_{}", random_hex(32)?);
    let mut text = format!(
        "listen = \"127.0.0.1:0\"\nadmin_keys_sha256 = [\"{}\"]\n",
        sha256_hex(&admin_key)
    );
    let mut num = |k: &str, v: Option<u64>| {
        if let Some(v) = v {
            text.push_str(&format!("{k} = {v}\n"));
        }
    };
    num("workers", settings.workers.map(|v| v as u64));
    num("pool_size", settings.pool_size.map(|v| v as u64));
    num("quantum", settings.quantum);
    num(
        "max_outstanding_jobs",
        settings.max_outstanding_jobs.map(|v| v as u64),
    );
    num(
        "max_jobs_per_swarm",
        settings.max_jobs_per_swarm.map(|v| v as u64),
    );
    let mut keys = Vec::new();
    let mut names = Vec::new();
    for t in 0..tenants.max(1) {
        let key = format!("npk_{}", random_hex(32)?);
        let name = format!("t{t}");
        text.push_str(&format!(
            "\n[[tenants]]\nname = \"{name}\"\napi_keys_sha256 = [\"{}\"]\n",
            sha256_hex(&key)
        ));
        names.push(name);
        if let Some(q) = settings.max_queued {
            text.push_str(&format!("max_queued = {q}\n"));
        }
        if let Some(r) = settings.max_running {
            text.push_str(&format!("max_running = {r}\n"));
        }
        keys.push(key);
    }
    let mut f = std::fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
    f.write_all(text.as_bytes())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(ConfigKeys {
        api_keys: keys,
        tenants: names,
        admin_key,
    })
}

/// A key the embedded default prints once, on its first start.
#[derive(Debug, PartialEq)]
enum PrintedKey {
    /// `npython serve: tenant `default` API key: npk_...`
    Tenant { tenant: String, key: String },
    /// `npython serve: admin key (for /v1/tokens): npa_...`
    Admin(String),
}

fn printed_key(line: &str) -> Option<PrintedKey> {
    let after = |label: &str| {
        let i = line.find(label)?;
        Some(line[i + label.len()..].trim().to_string())
    };
    if let Some(key) = after("API key: ") {
        let tenant = line.split('`').nth(1).unwrap_or("default").to_string();
        return Some(PrintedKey::Tenant { tenant, key });
    }
    after("admin key (for /v1/tokens): ").map(PrintedKey::Admin)
}

impl Spawned {
    /// Starts the server and waits (up to 60 s) for its listening line.
    pub fn start(
        npython: &Path,
        settings: Option<&ServerSettings>,
        tenants: usize,
    ) -> Result<Spawned, String> {
        let home = std::env::temp_dir().join(format!("npython-loadtest-{}", random_hex(8)?));
        std::fs::create_dir_all(&home).map_err(|e| format!("{}: {e}", home.display()))?;
        let mut cmd = Command::new(npython);
        cmd.args(["serve", "--listen", "127.0.0.1:0"]);
        let configured = settings.is_some_and(|s| !s.is_empty()) || tenants > 1;
        let (mut api_keys, mut tenant_names, mut admin_key) = (Vec::new(), Vec::new(), None);
        if configured {
            let path = home.join("loadtest-serve.toml");
            let keys = write_config(
                &path,
                settings.unwrap_or(&ServerSettings::default()),
                tenants,
            )?;
            (api_keys, tenant_names, admin_key) =
                (keys.api_keys, keys.tenants, Some(keys.admin_key));
            cmd.arg("--config").arg(&path);
        }
        cmd.env("NPYTHON_HOME", &home)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut child = cmd
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", npython.display()))?;
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, rx) = mpsc::channel::<String>();
        std::thread::spawn(move || {
            // Keep reading to the end so the server never blocks on a full pipe.
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                let _ = tx.send(line);
            }
        });
        let mut spawned = Spawned {
            child: Some(child),
            home,
            url: String::new(),
            api_keys,
            tenants: tenant_names,
            admin_key,
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = match rx.recv_timeout(left) {
                Ok(l) => l,
                Err(_) => return Err("npython serve did not print its listening address".into()),
            };
            if let Some(rest) = line.strip_prefix("npython serve: listening on ") {
                spawned.url = rest.trim().to_string();
                break;
            }
            match printed_key(&line) {
                _ if configured => {}
                Some(PrintedKey::Tenant { tenant, key }) => {
                    spawned.api_keys.push(key);
                    spawned.tenants.push(tenant);
                }
                Some(PrintedKey::Admin(key)) => spawned.admin_key = Some(key),
                None => {}
            }
        }
        if spawned.api_keys.is_empty() {
            return Err("npython serve printed no API key (is NPYTHON_HOME fresh?)".into());
        }
        Ok(spawned)
    }

    /// SIGTERM, then wait for the drain (SIGKILL after 60 s).
    pub fn stop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        #[cfg(unix)]
        unsafe {
            // SAFETY: kill(2) on our own child's pid; no memory is touched.
            libc::kill(child.id() as libc::pid_t, libc::SIGTERM);
        }
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            match child.try_wait() {
                Ok(Some(_)) | Err(_) => break,
                Ok(None) if Instant::now() > deadline => {
                    let _ = child.kill();
                    let _ = child.wait();
                    break;
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            }
        }
        let _ = std::fs::remove_dir_all(&self.home);
    }
}

impl Drop for Spawned {
    fn drop(&mut self) {
        self.stop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printed_keys_of_the_embedded_default_are_read_with_their_tenant() {
        assert_eq!(
            printed_key("npython serve: tenant `default` API key: npk_ab12"),
            Some(PrintedKey::Tenant {
                tenant: "default".into(),
                key: "npk_ab12".into()
            })
        );
        assert_eq!(
            printed_key("npython serve: admin key (for /v1/tokens): npa_cd34"),
            Some(PrintedKey::Admin("npa_cd34".into()))
        );
        assert_eq!(
            printed_key("npython serve: both are kept in /h/serve-keys.toml (mode 0600)"),
            None
        );
    }

    #[test]
    fn a_written_config_lists_the_admin_key_and_names_each_tenant() {
        let dir =
            std::env::temp_dir().join(format!("npython-loadtest-test-{}", random_hex(8).unwrap()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("serve.toml");
        let keys = write_config(&path, &ServerSettings::default(), 2).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(keys.tenants, ["t0", "t1"]);
        assert_eq!(keys.api_keys.len(), 2);
        assert!(keys.admin_key.starts_with("npa_"));
        let admin_line = format!("admin_keys_sha256 = [\"{}\"]", sha256_hex(&keys.admin_key));
        assert!(text.contains(&admin_line), "{text}");
        for (name, key) in keys.tenants.iter().zip(&keys.api_keys) {
            let tenant = format!(
                "name = \"{name}\"\napi_keys_sha256 = [\"{}\"]",
                sha256_hex(key)
            );
            assert!(text.contains(&tenant), "{text}");
        }
    }
}
