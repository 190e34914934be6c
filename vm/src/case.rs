//! The case methods of `str` that depend on context or on titlecase: `title`, `capitalize`, `swapcase`,
//! `istitle`, `isupper`, `islower`, with CPython 3.11's rules (cased characters, titlecase letters, final sigma).

use crate::titlecase::{is_cased, is_titlecase, push_title};

/// Characters skipped when deciding whether a capital sigma ends a word. Unicode's Case_Ignorable set is
/// larger; these are the ones that occur inside Greek words in practice (apostrophes, dots, combining marks).
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{ad}' | '\u{b7}' | '\u{2018}' | '\u{2019}'
    ) || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Appends the lowercase form of `chars[i]`; a capital sigma ending a word becomes final sigma, as in CPython.
fn push_lower(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c != '\u{3a3}' {
        out.extend(c.to_lowercase());
        return;
    }
    let cased_before = chars[..i]
        .iter()
        .rev()
        .find(|&&p| !is_case_ignorable(p))
        .is_some_and(|&p| is_cased(p));
    let cased_after = chars[i + 1..]
        .iter()
        .find(|&&n| !is_case_ignorable(n))
        .is_some_and(|&n| is_cased(n));
    out.push(if cased_before && !cased_after {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    });
}

/// `str.title()`: a cased character after an uncased one is titlecased, every other one lowercased.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&chars, i, &mut out);
        } else {
            push_title(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `str.capitalize()`: the first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(c, &mut out);
        } else {
            push_lower(&chars, i, &mut out);
        }
    }
    out
}

/// `str.swapcase()`: uppercase to lowercase and lowercase to uppercase; titlecase letters stay.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&chars, i, &mut out);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.istitle()`: upper- and titlecase characters only after uncased ones, lowercase only after cased
/// ones, and at least one cased character.
pub fn istitle(s: &str) -> bool {
    let mut prev_cased = false;
    let mut any_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any_cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            any_cased = true;
        } else {
            prev_cased = false;
        }
    }
    any_cased
}

/// `str.isupper()`: at least one cased character, and every cased character uppercase.
pub fn isupper(s: &str) -> bool {
    let mut any = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        any |= c.is_uppercase();
    }
    any
}

/// `str.islower()`: at least one cased character, and every cased character lowercase.
pub fn islower(s: &str) -> bool {
    let mut any = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return false;
        }
        any |= c.is_lowercase();
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn final_sigma_in_title_and_swapcase() {
        assert_eq!(title("ΣΑΣ"), "Σας");
        assert_eq!(capitalize("ΣΑΣ x"), "Σας x");
        assert_eq!(swapcase("ΑΣ."), "ας.");
    }

    #[test]
    fn titlecase_letters() {
        assert_eq!(title("\u{1c6}x"), "\u{1c5}x");
        assert!(istitle("\u{1c5}a") && !istitle("\u{1c5}A"));
        assert!(!isupper("A\u{1c5}"));
        assert_eq!(swapcase("\u{1c5}"), "\u{1c5}");
        assert_eq!(title("中a"), "中A");
    }
}
