//! Unix-seconds helpers for messages and the CLI: UTC timestamps, human spans, and `30s`/`15m`/`1h`/`7d`
//! durations. Pure functions: this crate never reads a clock, the caller passes `now`.

/// The longest duration `parse_duration` accepts: 100 years, far beyond any sensible expiry and far
/// below any overflow when added to a current timestamp.
#[cfg(any(feature = "cli", test))]
const MAX_DURATION_SECS: u64 = 100 * 366 * 86_400;

/// Parses a duration written as a whole number and one unit: `s`, `m`, `h` or `d` (`90s`, `15m`, `1h`,
/// `7d`). Returns seconds.
#[cfg(any(feature = "cli", test))]
pub(crate) fn parse_duration(text: &str) -> Result<u64, &'static str> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .ok_or("a duration needs a unit: s, m, h or d (as in 30s, 15m, 1h, 7d)")?;
    let (digits, unit) = text.split_at(split);
    if digits.is_empty() {
        return Err("a duration starts with a number (as in 30s, 15m, 1h, 7d)");
    }
    let scale = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3_600,
        "d" => 86_400,
        _ => return Err("the unit must be s, m, h or d (as in 30s, 15m, 1h, 7d)"),
    };
    let n: u64 = digits.parse().map_err(|_| "the number is too large")?;
    let secs = n.checked_mul(scale).ok_or("the duration is too long")?;
    if secs == 0 {
        return Err("the duration must be longer than zero");
    }
    if secs > MAX_DURATION_SECS {
        return Err("the duration is longer than 100 years");
    }
    Ok(secs)
}

/// Formats unix seconds as an RFC 3339 UTC timestamp, `2025-01-31T12:00:00Z`.
pub(crate) fn format_utc(secs: u64) -> String {
    let days = secs / 86_400;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3_600,
        rem % 3_600 / 60,
        rem % 60
    )
}

/// Converts days since 1970-01-01 to a proleptic Gregorian (year, month, day).
///
/// Howard Hinnant's `civil_from_days`, restricted to non-negative days so it needs only unsigned
/// arithmetic: every `u64` second count maps to a date without overflow.
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    // Shift the epoch to 0000-03-01 so that leap days fall at the end of each 400-year era.
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y, m, d)
}

/// Formats a span of seconds with its two largest units: `45s`, `12m 5s`, `3h 20m`, `9d 4h`.
pub(crate) fn format_span(secs: u64) -> String {
    let (d, h, m, s) = (
        secs / 86_400,
        secs % 86_400 / 3_600,
        secs % 3_600 / 60,
        secs % 60,
    );
    if d > 0 {
        format!("{d}d {h}h")
    } else if h > 0 {
        format!("{h}h {m}m")
    } else if m > 0 {
        format!("{m}m {s}s")
    } else {
        format!("{s}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_with_each_unit() {
        assert_eq!(parse_duration("30s"), Ok(30));
        assert_eq!(parse_duration("15m"), Ok(900));
        assert_eq!(parse_duration("1h"), Ok(3_600));
        assert_eq!(parse_duration("7d"), Ok(604_800));
        assert_eq!(parse_duration(" 2h "), Ok(7_200));
    }

    #[test]
    fn bad_durations_are_errors_not_panics() {
        for bad in [
            "",
            "h",
            "10",
            "10x",
            "1h30m",
            "-1h",
            "0s",
            "1.5h",
            "99999999999999999999999s",
            "36601d",
            "ten minutes",
            "1H",
        ] {
            assert!(parse_duration(bad).is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn timestamps_format_as_utc() {
        assert_eq!(format_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(format_utc(1_700_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(format_utc(4_102_444_799), "2099-12-31T23:59:59Z");
        // Never panics, even at the end of time.
        assert!(format_utc(u64::MAX).ends_with('Z'));
    }

    #[test]
    fn spans_show_two_units() {
        assert_eq!(format_span(45), "45s");
        assert_eq!(format_span(725), "12m 5s");
        assert_eq!(format_span(12_000), "3h 20m");
        assert_eq!(format_span(792_000), "9d 4h");
    }
}
