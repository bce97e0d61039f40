//! The dotenv format Node reads for `--env-file`, `process.loadEnvFile` and
//! `util.parseEnv`: `KEY=value` lines, `export KEY=value`, `#` comments,
//! values in `"`, `'` or `` ` `` quotes (which may span lines; `\n` is a
//! newline only inside double quotes). A line without `=` or without a key
//! is ignored, and a later definition of a key wins.

use std::collections::BTreeMap;

/// Parses dotenv text into its variables, sorted by name as Node returns
/// them. Node's quirks are kept: a key whose value is empty keeps an
/// `export ` prefix; after `=` and spaces, a newline does not end a value
/// that follows it; without a key, the text after `=` is read as a line.
pub fn parse(text: &str) -> BTreeMap<String, String> {
    let content: String = text.chars().filter(|&c| c != '\r').collect();
    let mut vars = BTreeMap::new();
    let mut rest = trim(&content);
    while !rest.is_empty() {
        if rest.starts_with(['\n', '#']) {
            rest = after_line(rest, 0);
            continue;
        }
        let Some(equals) = rest.find(['=', '\n']) else { break };
        if rest[equals..].starts_with('\n') {
            // A line without '=' is skipped.
            rest = trim(&rest[equals + 1..]);
            continue;
        }
        let key = trim(&rest[..equals]);
        rest = &rest[equals + 1..];
        if rest.is_empty() || rest.starts_with('\n') {
            vars.insert(key.to_owned(), String::new());
            continue;
        }
        rest = trim(rest);
        if key.is_empty() {
            continue;
        }
        let key = key.strip_prefix("export ").map_or(key, trim).to_owned();
        if rest.is_empty() {
            vars.insert(key, String::new());
            break;
        }
        let (value, remainder) = value(rest);
        vars.insert(key, value);
        rest = remainder;
    }
    vars
}

/// `text` without leading and trailing spaces, tabs and newlines.
fn trim(text: &str) -> &str {
    text.trim_matches([' ', '\t', '\n'])
}

/// The value at the start of `rest` and what follows it: after a closed
/// quote, the next line as it is; otherwise the trimmed remainder.
fn value(rest: &str) -> (String, &str) {
    if let Some(quote) = rest.chars().next().filter(|c| matches!(c, '"' | '\'' | '`')) {
        if let Some(close) = rest[1..].find(quote) {
            let inner = &rest[1..1 + close];
            let value = if quote == '"' { inner.replace("\\n", "\n") } else { inner.to_owned() };
            return (value, after_line(rest, close + 2));
        }
        // No closing quote: the rest of the line, opening quote included.
        return match rest.find('\n') {
            None => (rest.to_owned(), ""),
            Some(newline) => (rest[..newline].to_owned(), trim(&rest[newline..])),
        };
    }
    let (line, after) = match rest.find('\n') {
        None => (rest, ""),
        Some(newline) => (&rest[..newline], trim(&rest[newline + 1..])),
    };
    (trim(&line[..line.find('#').unwrap_or(line.len())]).to_owned(), after)
}

/// The text after the first newline at or after byte `from` (empty when
/// there is none).
fn after_line(text: &str, from: usize) -> &str {
    text[from.min(text.len())..].find('\n').map_or("", |newline| &text[from + newline + 1..])
}

#[cfg(test)]
mod tests {
    use super::parse;

    fn vars(text: &str) -> Vec<(String, String)> {
        parse(text).into_iter().collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    // Every expectation below is what Node 26's util.parseEnv returned.
    #[test]
    fn plain_lines_comments_and_export() {
        assert_eq!(
            vars("A=1\nB = two \n  C=three # comment\n#D=4\nexport E=five\n"),
            pairs(&[("A", "1"), ("B", "two"), ("C", "three"), ("E", "five")])
        );
        assert_eq!(vars("export   J=1\nexportI=1"), pairs(&[("J", "1"), ("exportI", "1")]));
        assert_eq!(vars("export F=\n"), pairs(&[("export F", "")]));
        assert_eq!(
            vars("H=val#nospace\nW=#x\nV= #c\nM=a # b # c"),
            pairs(&[("H", "val"), ("M", "a"), ("V", ""), ("W", "")])
        );
    }

    #[test]
    fn quotes() {
        assert_eq!(
            vars("Q1=\"double\"\nQ2='single'\nQ3=`back`\nQ4=\"a\\nb\"\nQ5='a\\nb'"),
            pairs(&[("Q1", "double"), ("Q2", "single"), ("Q3", "back"), ("Q4", "a\nb"), ("Q5", "a\\nb")])
        );
        assert_eq!(vars("M=\"line1\nline2\"\nAFTER=x"), pairs(&[("AFTER", "x"), ("M", "line1\nline2")]));
        assert_eq!(vars("U=\"open\nNEXT=1"), pairs(&[("NEXT", "1"), ("U", "\"open")]));
        assert_eq!(vars("J=\"a\"b\nI=\"q\" # c\nR=  \"q\"  "), pairs(&[("I", "q"), ("J", "a"), ("R", "q")]));
        assert_eq!(vars("Y=\"a\\\"b\""), pairs(&[("Y", "a\\")]));
    }

    #[test]
    fn malformed_lines_are_ignored() {
        assert_eq!(vars("noequals\nK=v\n=nokey\n  =  \nexport\n"), pairs(&[("K", "v")]));
        assert_eq!(vars(" =x"), pairs(&[]));
        assert_eq!(vars("A=1\r\nB=2\r\nT=\"a\rb\""), pairs(&[("A", "1"), ("B", "2"), ("T", "ab")]));
        assert_eq!(vars("DUP=1\nDUP=2\nE1=\nE2=\"\""), pairs(&[("DUP", "2"), ("E1", ""), ("E2", "")]));
        assert_eq!(vars("key with space=1\nTAB\t=3"), pairs(&[("TAB", "3"), ("key with space", "1")]));
    }
}
