//! Byte-level helpers for the token format: a bounds-checked reader that turns every short read into a
//! `ParseError` instead of a panic, and the matching writers. Integers are big-endian.

use crate::error::ParseError;

/// Reads fields from a byte slice, front to back. Every read is bounds-checked.
pub(crate) struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(buf: &'a [u8]) -> Self {
        Reader { buf, pos: 0 }
    }

    /// How many bytes have been read.
    pub(crate) fn position(&self) -> usize {
        self.pos
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.pos >= self.buf.len()
    }

    /// Takes the next `n` bytes, or fails naming `field` if fewer remain.
    pub(crate) fn take(&mut self, n: usize, field: &'static str) -> Result<&'a [u8], ParseError> {
        let end = self
            .pos
            .checked_add(n)
            .ok_or(ParseError::Truncated { field })?;
        let bytes = self
            .buf
            .get(self.pos..end)
            .ok_or(ParseError::Truncated { field })?;
        self.pos = end;
        Ok(bytes)
    }

    pub(crate) fn array<const N: usize>(
        &mut self,
        field: &'static str,
    ) -> Result<[u8; N], ParseError> {
        let bytes = self.take(N, field)?;
        bytes
            .try_into()
            .map_err(|_| ParseError::Truncated { field })
    }

    pub(crate) fn u8(&mut self, field: &'static str) -> Result<u8, ParseError> {
        Ok(u8::from_be_bytes(self.array(field)?))
    }

    pub(crate) fn u16(&mut self, field: &'static str) -> Result<u16, ParseError> {
        Ok(u16::from_be_bytes(self.array(field)?))
    }

    pub(crate) fn u32(&mut self, field: &'static str) -> Result<u32, ParseError> {
        Ok(u32::from_be_bytes(self.array(field)?))
    }

    /// Reads a string with a one-byte length prefix. It must be UTF-8.
    pub(crate) fn short_str(&mut self, field: &'static str) -> Result<&'a str, ParseError> {
        let len = self.u8(field)?;
        let bytes = self.take(usize::from(len), field)?;
        std::str::from_utf8(bytes).map_err(|_| ParseError::BadField {
            field,
            reason: "is not UTF-8",
        })
    }
}

/// Appends a string with a one-byte length prefix. Callers validate that it fits: every string in the
/// format is at most 255 bytes by construction.
pub(crate) fn put_short_str(out: &mut Vec<u8>, s: &str) -> Option<()> {
    let len = u8::try_from(s.len()).ok()?;
    out.push(len);
    out.extend_from_slice(s.as_bytes());
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fields_in_order() {
        let mut buf = vec![1, 0, 2, 0, 0, 0, 3];
        buf.extend_from_slice(&4u64.to_be_bytes());
        put_short_str(&mut buf, "hé").expect("fits");
        let mut r = Reader::new(&buf);
        assert_eq!(r.u8("a"), Ok(1));
        assert_eq!(r.u16("b"), Ok(2));
        assert_eq!(r.u32("c"), Ok(3));
        assert_eq!(r.array::<8>("d"), Ok(4u64.to_be_bytes()));
        assert_eq!(r.short_str("e"), Ok("hé"));
        assert!(r.is_empty());
        assert_eq!(r.position(), buf.len());
    }

    #[test]
    fn short_reads_are_errors() {
        let mut r = Reader::new(&[0, 1]);
        assert_eq!(
            r.u32("key id"),
            Err(ParseError::Truncated { field: "key id" })
        );
        let mut r = Reader::new(&[5, b'a']);
        assert_eq!(
            r.short_str("tenant"),
            Err(ParseError::Truncated { field: "tenant" })
        );
        let mut r = Reader::new(&[]);
        assert_eq!(
            r.take(usize::MAX, "x"),
            Err(ParseError::Truncated { field: "x" })
        );
        let mut r = Reader::new(&[2, 0xff, 0xfe]);
        assert!(matches!(
            r.short_str("tenant"),
            Err(ParseError::BadField { .. })
        ));
    }

    #[test]
    fn long_strings_do_not_fit() {
        let mut out = Vec::new();
        assert_eq!(put_short_str(&mut out, &"x".repeat(256)), None);
        assert!(out.is_empty());
    }
}
