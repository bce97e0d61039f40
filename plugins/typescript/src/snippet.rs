//! The code frame Node prints above a TypeScript error: the line before,
//! the offending line(s), the line after, and a row of `^` under a span
//! that fits on one line (a span over several lines is marked with `>` in
//! a four-column gutter instead). Tabs expand to stops of four columns and
//! columns count display width, as amaro's reporter does.

use unicode_width::UnicodeWidthChar;

const TAB_WIDTH: usize = 4;

/// `NAME:LINE` and the code frame for the span `start..end` of `source`:
/// the text Node puts before the error's stack.
pub fn hints(source: &str, name: &str, start: u32, end: u32) -> String {
    let start = (start as usize).min(source.len());
    let end = (end as usize).clamp(start, source.len());
    format!("{name}:{}\n{}", line_number(source, start), frame(source, start, end))
}

/// The 1-based line of `offset`; the end of a file that ends with a line
/// break counts as its last line.
fn line_number(source: &str, offset: usize) -> usize {
    1 + newlines(&source.as_bytes()[..anchor(source, offset)])
}

/// `offset`, moved off the empty line after a final line break.
fn anchor(source: &str, offset: usize) -> usize {
    if offset > 0 && offset == source.len() && source.ends_with('\n') {
        offset - 1
    } else {
        offset
    }
}

fn newlines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}

/// One line of the frame: where it starts, its length with its line
/// break, and its text without it.
struct Line<'s> {
    offset: usize,
    length: usize,
    text: &'s str,
}

/// The frame for `start..end`, one `\n`-terminated row per line.
fn frame(source: &str, start: usize, end: usize) -> String {
    let lines = context_lines(source, start, end);
    let span = Span { start, end };
    let gutter = lines.iter().any(|line| span.crosses(line));
    let mut out = String::new();
    for line in &lines {
        if gutter {
            out.push_str(if span.crosses(line) && (span.starts_in(line) || span.ends_in(line)) {
                "  > "
            } else {
                "    "
            });
        }
        push_expanded(&mut out, line.text);
        out.push('\n');
        if span.touches(line) && !span.crosses(line) {
            let from = visual_column(line, start);
            let to = if start == end { from + 1 } else { visual_column(line, end).max(from + 1) };
            out.extend(std::iter::repeat_n(' ', from));
            out.extend(std::iter::repeat_n('^', to - from));
            out.push('\n');
        }
    }
    out
}

/// The lines from the one before the span to the one after it. The line
/// after ends before its line break, so an empty one shows nothing and a
/// CR before that break stays in its text.
fn context_lines(source: &str, start: usize, end: usize) -> Vec<Line<'_>> {
    let bytes = source.as_bytes();
    let first = line_start(bytes, anchor(source, start));
    let from = if first == 0 { 0 } else { line_start(bytes, first - 1) };
    let last = line_end(bytes, anchor(source, end.max(start + 1) - 1).max(first));
    let to = if last < bytes.len() { line_end(bytes, last + 1) } else { last };
    let mut lines = Vec::new();
    let mut offset = from;
    for piece in source[from..to].split_inclusive('\n') {
        let text = piece.strip_suffix('\n').map_or(piece, |t| t.strip_suffix('\r').unwrap_or(t));
        lines.push(Line { offset, length: piece.len(), text });
        offset += piece.len();
    }
    lines
}

/// The start of the line holding byte `offset`.
fn line_start(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1)
}

/// The offset of the `\n` that ends the line holding byte `offset` (or the
/// end of the source).
fn line_end(bytes: &[u8], offset: usize) -> usize {
    bytes[offset.min(bytes.len())..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| offset + i)
}

/// The marked span, with the line tests of amaro's reporter.
struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// The end used for "applies to this line": an empty span covers one byte.
    fn reach(&self) -> usize {
        self.end.max(self.start + 1)
    }

    fn starts_in(&self, line: &Line<'_>) -> bool {
        self.start >= line.offset
    }

    fn ends_in(&self, line: &Line<'_>) -> bool {
        self.end >= line.offset && self.end <= line.offset + line.length
    }

    /// Whether the span shows on this line at all.
    fn touches(&self, line: &Line<'_>) -> bool {
        let line_end = line.offset + line.length;
        (self.start >= line.offset && self.start < line_end)
            || (self.start < line.offset && self.reach() > line_end)
            || (self.reach() > line.offset && self.reach() <= line_end)
    }

    /// Whether the span shows on this line but does not both start and end on it.
    fn crosses(&self, line: &Line<'_>) -> bool {
        let line_end = line.offset + line.length;
        let starts = self.start >= line.offset && self.start < line_end;
        let ends = self.reach() > line.offset && self.reach() <= line_end;
        self.touches(line) && !(starts && ends)
    }
}

/// The display column of byte `offset` on `line`; past the text is one
/// column beyond its end.
fn visual_column(line: &Line<'_>, offset: usize) -> usize {
    let mut index = offset - line.offset;
    while index < line.text.len() && !line.text.is_char_boundary(index) {
        index -= 1;
    }
    let width = widths(&line.text[..index.min(line.text.len())]).sum::<usize>();
    if index > line.text.len() {
        width + 1
    } else {
        width
    }
}

/// The display width of each character of `text`.
fn widths(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut column = 0;
    text.chars().map(move |c| {
        let width = if c == '\t' { TAB_WIDTH - column % TAB_WIDTH } else { c.width().unwrap_or(0) };
        column += width;
        width
    })
}

/// Appends `text` with its tabs turned into spaces.
fn push_expanded(out: &mut String, text: &str) {
    for (c, width) in text.chars().zip(widths(text)) {
        if c == '\t' {
            out.extend(std::iter::repeat_n(' ', width));
        } else {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::hints;

    fn at(source: &str, needle: &str) -> String {
        let start = source.find(needle).unwrap() as u32;
        hints(source, "file:///a.ts", start, start + needle.len() as u32)
    }

    #[test]
    fn one_line_span_with_context() {
        let source = "const x = 1;\nenum Color { Red }\nconsole.log(x);\n";
        assert_eq!(
            at(source, "enum Color { Red }"),
            "file:///a.ts:2\nconst x = 1;\nenum Color { Red }\n^^^^^^^^^^^^^^^^^^\nconsole.log(x);\n"
        );
    }

    #[test]
    fn tabs_expand_and_an_empty_line_after_is_dropped() {
        let source = "let a = 1;\n\tlet b: = 2;\n\nz\n";
        assert_eq!(at(source, "="), "file:///a.ts:1\nlet a = 1;\n      ^\n    let b: = 2;\n");
        let start = source.find(": =").unwrap() as u32 + 2;
        assert_eq!(hints(source, "f", start, start + 1), "f:2\nlet a = 1;\n    let b: = 2;\n           ^\n");
    }

    #[test]
    fn wide_characters_count_twice() {
        let source = "let s = \"é😀\"; enum E {}";
        assert_eq!(at(source, "enum E {}"), format!("file:///a.ts:1\n{source}\n{}^^^^^^^^^\n", " ".repeat(15)));
    }

    #[test]
    fn spans_over_lines_use_the_gutter() {
        let source = "l1\nenum E {\n  A,\n}\nl5\n";
        assert_eq!(at(source, "enum E {\n  A,\n}"), "file:///a.ts:2\n    l1\n  > enum E {\n      A,\n  > }\n    l5\n");
    }

    #[test]
    fn an_error_at_the_end_has_no_caret() {
        assert_eq!(hints("let x = (\n", "f", 10, 10), "f:1\nlet x = (\n");
    }
}
