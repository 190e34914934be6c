//! Which IP addresses a gated http request may reach without the token naming the host, and how to read a
//! host written the ways browsers read IPv4 addresses (`2130706433`, `0x7f.1`, `017700000001`).
//!
//! The rule is an allowlist of *global unicast* space, not a denylist of known-bad ranges: an address is
//! public only if it is none of the special-purpose ranges below, so a range we forgot is refused, not
//! reached. IPv6 forms that embed an IPv4 address a gateway would reach (IPv4-mapped `::ffff:a.b.c.d`,
//! NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are judged by the IPv4 address they carry.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Why an address is not public. Shown to the script, so it says what the address is in plain words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Restricted {
    Unspecified,
    Loopback,
    Private,
    SharedCgnat,
    LinkLocal,
    CloudMetadata,
    UniqueLocal,
    Multicast,
    Reserved,
}

impl Restricted {
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Restricted::Unspecified => "an unspecified address",
            Restricted::Loopback => "a loopback address",
            Restricted::Private => "a private-network address",
            Restricted::SharedCgnat => "a shared (CGNAT) address",
            Restricted::LinkLocal => "a link-local address",
            Restricted::CloudMetadata => "a cloud metadata address",
            Restricted::UniqueLocal => "a unique-local IPv6 address",
            Restricted::Multicast => "a multicast or broadcast address",
            Restricted::Reserved => "a reserved or special-purpose address",
        }
    }
}

/// `None` when `ip` is a public unicast address; otherwise what kind of address it is.
pub(crate) fn classify(ip: IpAddr) -> Option<Restricted> {
    match ip {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => classify_v6(v6),
    }
}

fn classify_v4(ip: Ipv4Addr) -> Option<Restricted> {
    let [a, b, c, _] = ip.octets();
    let restricted = match (a, b, c) {
        _ if ip == Ipv4Addr::new(169, 254, 169, 254) => Restricted::CloudMetadata,
        (0, _, _) => Restricted::Unspecified,
        (10, _, _) => Restricted::Private,
        // 100.64.0.0/10, which also holds Alibaba Cloud's metadata service (100.100.100.200).
        (100, 64..=127, _) => Restricted::SharedCgnat,
        (127, _, _) => Restricted::Loopback,
        (169, 254, _) => Restricted::LinkLocal,
        (172, 16..=31, _) => Restricted::Private,
        // IETF protocol assignments, TEST-NET-1, the 6to4 relay anycast.
        (192, 0, 0) | (192, 0, 2) | (192, 88, 99) => Restricted::Reserved,
        (192, 168, _) => Restricted::Private,
        // Benchmarking (198.18.0.0/15), TEST-NET-2 and TEST-NET-3.
        (198, 18..=19, _) | (198, 51, 100) | (203, 0, 113) => Restricted::Reserved,
        (224..=239, _, _) => Restricted::Multicast,
        // 240.0.0.0/4 (reserved) and the limited broadcast address 255.255.255.255.
        (240..=255, _, _) => Restricted::Reserved,
        _ => return None,
    };
    Some(restricted)
}

fn classify_v6(ip: Ipv6Addr) -> Option<Restricted> {
    let s = ip.segments();
    if let Some(v4) = embedded_v4(ip) {
        return classify_v4(v4);
    }
    let restricted = match s[0] {
        _ if ip.is_unspecified() => Restricted::Unspecified,
        _ if ip.is_loopback() => Restricted::Loopback,
        // AWS's IPv6 metadata endpoint (fd00:ec2::254) sits in unique-local space; named for the message.
        _ if ip == Ipv6Addr::new(0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254) => Restricted::CloudMetadata,
        0xfc00..=0xfdff => Restricted::UniqueLocal,
        0xfe80..=0xfebf => Restricted::LinkLocal,
        0xff00..=0xffff => Restricted::Multicast,
        // 2001::/23 holds Teredo, ORCHID, benchmarking and other protocol assignments; 2001:db8::/32 is
        // documentation.
        0x2001 if s[1] < 0x0200 || s[1] == 0x0db8 => Restricted::Reserved,
        // Global unicast is 2000::/3; everything else (IPv4-compatible ::a.b.c.d, site-local fec0::/10,
        // discard 100::/64, unassigned space) is not somewhere a request should go.
        0x2000..=0x3fff => return None,
        _ => Restricted::Reserved,
    };
    Some(restricted)
}

/// The IPv4 address an IPv6 address carries for a gateway to reach: IPv4-mapped (`::ffff:a.b.c.d`), NAT64
/// (`64:ff9b::a.b.c.d`) and 6to4 (`2002:aabb:ccdd::`).
fn embedded_v4(ip: Ipv6Addr) -> Option<Ipv4Addr> {
    let s = ip.segments();
    let from = |hi: u16, lo: u16| {
        let [a, b] = hi.to_be_bytes();
        let [c, d] = lo.to_be_bytes();
        Ipv4Addr::new(a, b, c, d)
    };
    if let Some(v4) = ip.to_ipv4_mapped() {
        return Some(v4);
    }
    if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return Some(from(s[6], s[7]));
    }
    if s[0] == 0x2002 {
        return Some(from(s[1], s[2]));
    }
    None
}

/// Reads a URL host the way the WHATWG URL standard (and so every browser and many HTTP libraries) reads an
/// IPv4 address: one to four dot-separated parts, each decimal, octal (leading `0`) or hex (`0x`), the last
/// part filling the remaining bytes. `2130706433`, `0x7f.1`, `017700000001` and `127.1` are all 127.0.0.1.
/// Returns `None` for anything that is not such a number (a name, or a number too large).
pub(crate) fn parse_browser_ipv4(host: &str) -> Option<Ipv4Addr> {
    let host = host.strip_suffix('.').unwrap_or(host);
    let parts: Vec<&str> = host.split('.').collect();
    if parts.is_empty() || parts.len() > 4 {
        return None;
    }
    let mut numbers = Vec::with_capacity(parts.len());
    for part in &parts {
        numbers.push(parse_ipv4_number(part)?);
    }
    let (last, leading) = numbers.split_last()?;
    if leading.iter().any(|&n| n > 255) {
        return None;
    }
    // The last part fills the bytes the leading parts did not: 5 - parts.len() of them.
    let last_bytes = 5 - parts.len();
    if *last >= 1u64 << (8 * last_bytes) {
        return None;
    }
    let mut value: u64 = 0;
    for &n in leading {
        value = (value << 8) | n;
    }
    value = (value << (8 * last_bytes)) | last;
    u32::try_from(value).ok().map(Ipv4Addr::from)
}

/// One part of a browser IPv4 address. Bounded: more than 32 bits of value fails rather than overflows.
fn parse_ipv4_number(part: &str) -> Option<u64> {
    if part.is_empty() {
        return None;
    }
    let (digits, radix) =
        if let Some(hex) = part.strip_prefix("0x").or_else(|| part.strip_prefix("0X")) {
            (hex, 16)
        } else if part.len() > 1 && part.starts_with('0') {
            (&part[1..], 8)
        } else {
            (part, 10)
        };
    if digits.is_empty() {
        // `0x` alone is zero in the standard.
        return (radix == 16).then_some(0);
    }
    let mut value: u64 = 0;
    for ch in digits.chars() {
        let digit = u64::from(ch.to_digit(radix)?);
        value = value.checked_mul(u64::from(radix))?.checked_add(digit)?;
        if value > u64::from(u32::MAX) {
            return None;
        }
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v4(s: &str) -> IpAddr {
        IpAddr::V4(s.parse().expect("v4"))
    }

    fn v6(s: &str) -> IpAddr {
        IpAddr::V6(s.parse().expect("v6"))
    }

    #[test]
    fn public_addresses_pass() {
        for ip in [
            "8.8.8.8",
            "1.1.1.1",
            "93.184.216.34",
            "100.63.255.255",
            "172.32.0.1",
        ] {
            assert_eq!(classify(v4(ip)), None, "{ip}");
        }
        for ip in ["2606:4700::1111", "2a00:1450:4001::200e"] {
            assert_eq!(classify(v6(ip)), None, "{ip}");
        }
    }

    #[test]
    fn special_ranges_are_refused() {
        let cases = [
            (v4("127.0.0.1"), Restricted::Loopback),
            (v4("10.1.2.3"), Restricted::Private),
            (v4("172.16.0.1"), Restricted::Private),
            (v4("192.168.1.1"), Restricted::Private),
            (v4("100.64.0.1"), Restricted::SharedCgnat),
            (v4("100.100.100.200"), Restricted::SharedCgnat),
            (v4("169.254.169.254"), Restricted::CloudMetadata),
            (v4("169.254.1.1"), Restricted::LinkLocal),
            (v4("0.0.0.0"), Restricted::Unspecified),
            (v4("224.0.0.1"), Restricted::Multicast),
            (v4("255.255.255.255"), Restricted::Reserved),
            (v6("::1"), Restricted::Loopback),
            (v6("::"), Restricted::Unspecified),
            (v6("fd00:ec2::254"), Restricted::CloudMetadata),
            (v6("fc00::1"), Restricted::UniqueLocal),
            (v6("fe80::1"), Restricted::LinkLocal),
            (v6("ff02::1"), Restricted::Multicast),
            (v6("::ffff:127.0.0.1"), Restricted::Loopback),
            (v6("::ffff:169.254.169.254"), Restricted::CloudMetadata),
            (v6("64:ff9b::10.0.0.1"), Restricted::Private),
            (v6("2002:7f00:1::"), Restricted::Loopback),
            (v6("2001:db8::1"), Restricted::Reserved),
            (v6("::127.0.0.1"), Restricted::Reserved),
        ];
        for (ip, expected) in cases {
            assert_eq!(classify(ip), Some(expected), "{ip}");
        }
    }

    #[test]
    fn browser_ipv4_forms() {
        let lo = Some(Ipv4Addr::LOCALHOST);
        for host in [
            "2130706433",
            "0x7f.1",
            "017700000001",
            "127.1",
            "0x7f000001",
            "127.0.0.1",
            "0177.0.0.1",
            "127.0.0.1.",
        ] {
            assert_eq!(parse_browser_ipv4(host), lo, "{host}");
        }
        assert_eq!(
            parse_browser_ipv4("0xa9fea9fe"),
            Some(Ipv4Addr::new(169, 254, 169, 254))
        );
        for host in [
            "example.com",
            "1.2.3.4.5",
            "4294967296",
            "256.1.1.1",
            "1.2.65536",
            "08",
            "",
            "0x",
            "99999999999999999999999",
        ] {
            assert_ne!(parse_browser_ipv4(host), lo, "{host}");
        }
        assert_eq!(parse_browser_ipv4("4294967296"), None);
        assert_eq!(parse_browser_ipv4("256.1.1.1"), None);
    }
}
