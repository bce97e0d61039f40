//! The edits type stripping makes to a source: ranges blanked to
//! whitespace and single bytes overwritten (the `;` and parentheses that
//! keep automatic semicolon insertion as it was). Applying them never
//! moves a character, so every line and column of the output (in UTF-8
//! bytes and in UTF-16 units) is the one it had in the source.

/// The edits collected for one source.
#[derive(Debug, Default)]
pub(crate) struct Edits {
    /// Byte ranges `start..end` to turn into whitespace.
    blanks: Vec<(u32, u32)>,
    /// Bytes to write over the (blanked) output, applied after the blanks.
    overwrites: Vec<(u32, u8)>,
}

impl Edits {
    /// Turns `start..end` into whitespace, keeping line terminators.
    pub(crate) fn blank(&mut self, start: u32, end: u32) {
        if start < end {
            self.blanks.push((start, end));
        }
    }

    /// Writes the ASCII byte `byte` at `offset` once the blanks are done.
    pub(crate) fn overwrite(&mut self, offset: u32, byte: u8) {
        self.overwrites.push((offset, byte));
    }

    /// True when nothing needs to change.
    pub(crate) fn is_empty(&self) -> bool {
        self.blanks.is_empty() && self.overwrites.is_empty()
    }

    /// The source with the edits applied.
    pub(crate) fn apply(&self, source: &str) -> String {
        let mut bytes = source.as_bytes().to_vec();
        for &(start, end) in &self.blanks {
            let (start, end) = (start as usize, end as usize);
            for (index, c) in source[start..end].char_indices() {
                blank_char(&mut bytes[start + index..], c);
            }
        }
        for &(offset, byte) in &self.overwrites {
            bytes[offset as usize] = byte;
        }
        // Blanking writes whole characters and overwrites put ASCII over
        // ASCII (or over the continuation bytes the rules blank first), so
        // this only fails on a broken rule, not on user input.
        String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}

/// Replaces the character `c` at the start of `bytes` with whitespace of
/// the same UTF-8 length (and so the same UTF-16 length), unless it is
/// already whitespace or a line terminator, which stay as they are.
fn blank_char(bytes: &mut [u8], c: char) {
    if is_js_whitespace(c) || matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
        return;
    }
    let replacement: &[u8] = match c.len_utf8() {
        1 => b" ",
        // U+00A0 NO-BREAK SPACE.
        2 => "\u{a0}".as_bytes(),
        // U+2002 EN SPACE.
        3 => "\u{2002}".as_bytes(),
        // No whitespace takes four bytes: a space and U+FEFF (two UTF-16
        // units, as the astral character had).
        _ => " \u{feff}".as_bytes(),
    };
    bytes[..replacement.len()].copy_from_slice(replacement);
}

/// ECMAScript WhiteSpace: tab, vertical tab, form feed, ZWNBSP and the
/// Space_Separator characters.
fn is_js_whitespace(c: char) -> bool {
    matches!(
        c,
        '\t' | '\u{b}' | '\u{c}' | '\u{feff}' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

#[cfg(test)]
mod tests {
    use super::Edits;

    #[test]
    fn blanks_keep_every_offset() {
        let source = "let a: é€😀 = 1;\nb";
        let mut edits = Edits::default();
        edits.blank(5, source.find(" =").unwrap() as u32);
        let out = edits.apply(source);
        assert_eq!(out.len(), source.len());
        assert_eq!(out.encode_utf16().count(), source.encode_utf16().count());
        assert!(out.starts_with("let a "));
        assert!(out.ends_with(" = 1;\nb"));
    }

    #[test]
    fn line_terminators_survive() {
        let source = "type A =\n  | 1\r\n  | 2;x";
        let mut edits = Edits::default();
        edits.blank(0, source.len() as u32 - 1);
        edits.overwrite(0, b';');
        assert_eq!(edits.apply(source), ";       \n     \r\n      x");
    }
}
