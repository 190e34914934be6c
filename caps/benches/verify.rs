//! Cost of capability tokens, with criterion: minting, attenuating, and verifying a token with three
//! caveats (an expiry, a host list and a method list), plus the per-gated-call checks.
//!
//! Run with `cargo bench -p npython-caps --bench verify`. Everything is in memory (`Keyring`): the
//! on-disk store adds one `stat` of the revocation log per check. `verify_str` is what `with scope(...)`
//! pays on entry (parse + MAC chain + tenant/capability/revocation/expiry); `check_live_and_allows_http`
//! is what each gated http call pays afterwards.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use npython_caps::{
    Caveat, HostPattern, KeyId, Keyring, Method, MintSpec, SigningKey, Token, TokenId, Verifier,
};

const NOW: u64 = 1_700_000_000;

fn spec() -> MintSpec {
    MintSpec::new("acme", "http")
        .with_expiry(NOW + 3_600)
        .with_caveat(Caveat::Hosts(vec![
            HostPattern::parse("api.example.com").expect("host"),
            HostPattern::parse("files.example.com:8443").expect("host"),
        ]))
        .with_caveat(Caveat::Methods(vec![Method::parse("GET").expect("method")]))
}

fn tokens(c: &mut Criterion) {
    let ring = Keyring::new(KeyId::new(1), SigningKey::from_bytes([7; 32]));
    let spec = spec();
    let id = TokenId::from_bytes([1; 16]);
    let token = ring.mint(&spec, id).expect("mints");
    let text = token.encode();
    assert_eq!(token.caveats().len(), 3);

    let mut group = c.benchmark_group("caps");
    group
        .sample_size(50)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    group.bench_function("mint_3_caveats", |b| {
        b.iter(|| ring.mint(black_box(&spec), black_box(id)).expect("mints"))
    });
    group.bench_function("mint_3_caveats_and_encode", |b| {
        b.iter(|| {
            ring.mint(black_box(&spec), black_box(id))
                .expect("mints")
                .encode()
        })
    });
    let narrower = Caveat::Methods(vec![Method::parse("GET").expect("method")]);
    group.bench_function("attenuate_1_caveat", |b| {
        b.iter(|| {
            black_box(&token)
                .attenuate(black_box(narrower.clone()))
                .expect("attenuates")
        })
    });
    group.bench_function("parse", |b| {
        b.iter(|| Token::parse(black_box(&text)).expect("parses"))
    });
    group.bench_function("verify_token_parsed", |b| {
        b.iter(|| {
            ring.verify_token(black_box(&token), "acme", "http", NOW)
                .expect("verifies")
        })
    });
    group.bench_function("verify_str", |b| {
        b.iter(|| {
            ring.verify(black_box(&text), "acme", "http", NOW)
                .expect("verifies")
        })
    });
    let authority = ring.verify(&text, "acme", "http", NOW).expect("verifies");
    group.bench_function("check_live_and_allows_http", |b| {
        b.iter(|| {
            ring.check_live(black_box(&authority), NOW).expect("live");
            authority
                .allows_http(
                    "https",
                    black_box("api.example.com"),
                    443,
                    "GET",
                    "/v1/items",
                )
                .expect("allowed")
        })
    });
    group.finish();
}

criterion_group!(benches, tokens);
criterion_main!(benches);
