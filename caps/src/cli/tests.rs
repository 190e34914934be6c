//! Tests of the token subcommands, driven through clap exactly as the binary will parse them.

use clap::{CommandFactory, Parser};

use super::*;
use crate::testutil::TempHome;

const NOW: u64 = 1_700_000_000;

#[derive(Debug, Parser)]
#[command(name = "token")]
struct TestCli {
    #[command(subcommand)]
    command: TokenCommand,
}

fn run(home: &Path, now: u64, args: &[&str]) -> Result<String, CliError> {
    let cli = TestCli::try_parse_from(std::iter::once("token").chain(args.iter().copied()))
        .map_err(|e| CliError::Usage(e.to_string()))?;
    execute(cli.command, home, now)
}

fn last_line(out: &str) -> String {
    out.lines().last().expect("output has lines").to_string()
}

fn usage(result: Result<String, CliError>) -> String {
    match result {
        Err(CliError::Usage(message)) => message,
        other => panic!("expected a usage error, got {other:?}"),
    }
}

#[test]
fn the_command_definition_is_consistent() {
    TestCli::command().debug_assert();
}

#[test]
fn mint_http_prints_a_token_that_verifies() {
    let home = TempHome::new("cli-mint");
    let out = run(
        home.path(),
        NOW,
        &[
            "mint",
            "--tenant",
            "acme",
            "--cap",
            "http",
            "--allow-host",
            "api.example.com:443",
            "--allow-method",
            "GET",
            "--path-prefix",
            "/v1",
            "--max-response-bytes",
            "1000",
            "--timeout-ms",
            "5000",
            "--expires",
            "1h",
        ],
    )
    .expect("mints");
    assert!(
        out.contains("minted a `http` token for tenant `acme`"),
        "{out}"
    );
    assert!(
        out.contains("expires at 2023-11-14T23:13:20Z (in 1h 0m)"),
        "{out}"
    );
    let token = last_line(&out);
    assert!(token.starts_with("npy1_"));
    let store = KeyStore::open(home.path()).expect("opens");
    let auth = store.verify(&token, "acme", "http", NOW).expect("verifies");
    assert!(auth
        .allows_http("https", "api.example.com", 443, "GET", "/v1/x")
        .is_ok());
    assert!(auth
        .allows_http("https", "api.example.com", 443, "POST", "/v1/x")
        .is_err());
    assert_eq!(auth.max_response_bytes(), Some(1000));
    assert_eq!(auth.timeout(), Some(std::time::Duration::from_millis(5000)));
    assert_eq!(auth.expires_at(), Some(NOW + 3600));
}

#[test]
fn mint_fs_and_tools() {
    let home = TempHome::new("cli-fs");
    let fs_token = last_line(
        &run(
            home.path(),
            NOW,
            &[
                "mint",
                "--tenant",
                "acme",
                "--cap",
                "fs",
                "--path-prefix",
                "/reports",
                "--read-only",
                "--quota-bytes",
                "4096",
            ],
        )
        .expect("mints"),
    );
    let store = KeyStore::open(home.path()).expect("opens");
    let auth = store
        .verify(&fs_token, "acme", "fs", NOW)
        .expect("verifies");
    assert!(auth.allows_fs("/reports/q1.csv", false).is_ok());
    assert!(auth.allows_fs("/reports/q1.csv", true).is_err());
    assert!(auth.allows_fs("/reports2/q1.csv", false).is_err());
    assert_eq!(auth.quota_bytes(), Some(4096));

    let tools_token = last_line(
        &run(
            home.path(),
            NOW,
            &[
                "mint",
                "--tenant",
                "acme",
                "--cap",
                "tools",
                "--allow-tool",
                "search,fetch",
            ],
        )
        .expect("mints"),
    );
    let auth = store
        .verify(&tools_token, "acme", "tools", NOW)
        .expect("verifies");
    assert!(auth.allows_tool("search").is_ok());
    assert!(auth.allows_tool("fetch").is_ok());
    assert!(auth.allows_tool("delete_everything").is_err());
}

#[test]
fn mint_refuses_incomplete_or_mismatched_requests() {
    let home = TempHome::new("cli-refuse");
    let message = usage(run(
        home.path(),
        NOW,
        &["mint", "--tenant", "acme", "--cap", "http"],
    ));
    assert!(message.contains("--allow-host"), "{message}");
    let message = usage(run(
        home.path(),
        NOW,
        &["mint", "--tenant", "acme", "--cap", "tools"],
    ));
    assert!(message.contains("--allow-tool"), "{message}");
    let message = usage(run(
        home.path(),
        NOW,
        &[
            "mint",
            "--tenant",
            "acme",
            "--cap",
            "http",
            "--allow-host",
            "a.com",
            "--read-only",
        ],
    ));
    assert!(
        message.starts_with("--read-only does not apply to `http` tokens"),
        "{message}"
    );
    let message = usage(run(
        home.path(),
        NOW,
        &[
            "mint",
            "--tenant",
            "acme",
            "--cap",
            "http",
            "--allow-host",
            "a.com",
            "--expires",
            "soon",
        ],
    ));
    assert!(message.contains("invalid --expires `soon`"), "{message}");
    assert!(matches!(
        run(
            home.path(),
            NOW,
            &[
                "mint",
                "--tenant",
                "acme",
                "--cap",
                "http",
                "--allow-host",
                "a..com"
            ]
        ),
        Err(CliError::Token(TokenError::InvalidValue {
            what: "host",
            ..
        }))
    ));
    assert!(matches!(
        run(
            home.path(),
            NOW,
            &["mint", "--tenant", "bad tenant", "--cap", "fs"]
        ),
        Err(CliError::Token(TokenError::InvalidValue {
            what: "tenant",
            ..
        }))
    ));
    // None of the refused commands created a key.
    assert!(!home.path().exists());
}

#[test]
fn never_expiring_and_custom_capability_tokens() {
    let home = TempHome::new("cli-never");
    let out = run(
        home.path(),
        NOW,
        &[
            "mint",
            "--tenant",
            "acme",
            "--cap",
            "crm",
            "--expires",
            "never",
        ],
    )
    .expect("mints");
    let token = Token::parse(&last_line(&out)).expect("parses");
    assert!(token.caveats().is_empty());
    let store = KeyStore::open(home.path()).expect("opens");
    assert!(store.verify_token(&token, "acme", "crm", u64::MAX).is_ok());
}

#[test]
fn attenuate_needs_no_key_and_narrows() {
    let home = TempHome::new("cli-attenuate");
    let token = last_line(
        &run(
            home.path(),
            NOW,
            &[
                "mint",
                "--tenant",
                "acme",
                "--cap",
                "http",
                "--allow-host",
                "a.com,b.com",
                "--expires",
                "7d",
            ],
        )
        .expect("mints"),
    );
    // The holder has no key store at all.
    let nowhere = TempHome::new("cli-no-store");
    let out = run(
        nowhere.path(),
        NOW,
        &[
            "attenuate",
            &format!("{token}\n"),
            "--allow-host",
            "b.com",
            "--allow-method",
            "GET",
            "--expires",
            "15m",
        ],
    )
    .expect("attenuates");
    assert!(!nowhere.path().exists());
    assert!(out.contains("now carries 5 restrictions"), "{out}");
    let narrowed = last_line(&out);
    let store = KeyStore::open(home.path()).expect("opens");
    let auth = store
        .verify(&narrowed, "acme", "http", NOW)
        .expect("verifies");
    assert!(auth.allows_http("https", "b.com", 443, "GET", "/").is_ok());
    assert!(auth.allows_http("https", "a.com", 443, "GET", "/").is_err());
    assert!(auth
        .allows_http("https", "b.com", 443, "POST", "/")
        .is_err());
    assert_eq!(auth.expires_at(), Some(NOW + 900));

    let message = usage(run(nowhere.path(), NOW, &["attenuate", &token]));
    assert!(message.starts_with("nothing to narrow"), "{message}");
    let message = usage(run(
        nowhere.path(),
        NOW,
        &["attenuate", &token, "--allow-tool", "x"],
    ));
    assert!(
        message.contains("does not apply to `http` tokens"),
        "{message}"
    );
    assert!(matches!(
        run(
            nowhere.path(),
            NOW,
            &["attenuate", "npy1_nope", "--read-only"]
        ),
        Err(CliError::Parse(_))
    ));
}

#[test]
fn inspect_shows_restrictions_and_status_but_never_the_key() {
    let home = TempHome::new("cli-inspect");
    let token = last_line(
        &run(
            home.path(),
            NOW,
            &[
                "mint",
                "--tenant",
                "acme",
                "--cap",
                "fs",
                "--path-prefix",
                "/reports",
                "--read-only",
            ],
        )
        .expect("mints"),
    );
    let out = run(home.path(), NOW, &["inspect", &token]).expect("inspects");
    let id = Token::parse(&token).expect("parses").id();
    let expected = format!(
        "token {id}\n  format:     npy1, signed with key 1\n  tenant:     acme\n  capability: fs\n  \
         restrictions (every one must hold):\n    1. expires at 2023-11-14T23:13:20Z (in 1h 0m)\n    \
         2. path prefixes: /reports\n    3. read-only\n  verifies here: yes\n"
    );
    assert_eq!(out, expected);
    let key = std::fs::read_to_string(home.path().join("keys/1.key")).expect("key");
    assert!(!out.contains(key.trim()));
    assert!(!out.contains(&token));

    let later = run(home.path(), NOW + 7200, &["inspect", &token]).expect("inspects");
    assert!(
        later.contains("1. expired at 2023-11-14T23:13:20Z (1h 0m ago)"),
        "{later}"
    );
    assert!(
        later.contains("verifies here: no, expired: capability token"),
        "{later}"
    );

    let elsewhere = TempHome::new("cli-inspect-elsewhere");
    let out = run(elsewhere.path(), NOW, &["inspect", &token]).expect("inspects");
    assert!(
        out.contains("verifies here: unknown (no signing key in"),
        "{out}"
    );
    assert!(
        !elsewhere.path().exists(),
        "inspect must not create a key store"
    );
}

#[test]
fn revoke_by_token_or_id() {
    let home = TempHome::new("cli-revoke");
    let mint = |home: &Path| {
        last_line(
            &run(
                home,
                NOW,
                &[
                    "mint",
                    "--tenant",
                    "acme",
                    "--cap",
                    "tools",
                    "--allow-tool",
                    "search",
                ],
            )
            .expect("mints"),
        )
    };
    let first = mint(home.path());
    let second = mint(home.path());
    let out = run(home.path(), NOW, &["revoke", &first]).expect("revokes");
    assert!(out.starts_with("revoked token "), "{out}");
    let out = run(home.path(), NOW, &["revoke", &first]).expect("revokes");
    assert!(out.contains("already revoked"), "{out}");
    let second_id = Token::parse(&second).expect("parses").id().to_string();
    run(home.path(), NOW, &["revoke", &second_id]).expect("revokes by id");

    let store = KeyStore::open(home.path()).expect("opens");
    for token in [&first, &second] {
        assert_eq!(
            store
                .verify(token, "acme", "tools", NOW)
                .err()
                .map(|e| e.code()),
            Some("revoked")
        );
    }
    let out = run(home.path(), NOW, &["inspect", &first]).expect("inspects");
    assert!(out.contains("verifies here: no, revoked"), "{out}");

    let message = usage(run(home.path(), NOW, &["revoke", "not-an-id"]));
    assert!(message.contains("32 hex digits"), "{message}");
    let fresh = TempHome::new("cli-revoke-fresh");
    assert!(matches!(
        run(fresh.path(), NOW, &["revoke", &second_id]),
        Err(CliError::Store(StoreError::NoKey { .. }))
    ));
}
