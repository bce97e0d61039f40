//! Holds `strip` to what Node 26 makes of every `strip/NAME.ts`:
//! `strip/NAME.js` (the stripped code) or `strip/NAME.err` (the error's
//! code, message and hints). `strip/regen.js` writes them with Node 26.
//! A syntax error's message is the parser's own (oxc words it differently
//! from swc), so only its code and hints (the position) are compared.

use std::fs;
use std::path::Path;

use bistro_typescript::{hints, strip, ErrorKind, Goal};

#[test]
fn strips_like_node() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/strip");
    let mut cases: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ts"))
        .collect();
    cases.sort();
    let mut failures = Vec::new();
    for case in &cases {
        let source = fs::read_to_string(case).unwrap();
        let actual = match strip(&source, Goal::Either) {
            Ok(stripped) => stripped.code,
            Err(error) => {
                let message =
                    if error.kind == ErrorKind::Unsupported { error.message.as_str() } else { "(parser's own)" };
                format!("{}\n{message}\n{}", error.code(), hints(&source, "", error.start, error.end))
            }
        };
        let expected = match fs::read_to_string(case.with_extension("js")) {
            Ok(code) => code,
            Err(_) => {
                let text = fs::read_to_string(case.with_extension("err")).unwrap();
                let mut parts = text.splitn(3, '\n');
                let (code, message, rest) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
                let message = if code == "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX" { message } else { "(parser's own)" };
                format!("{code}\n{message}\n{rest}")
            }
        };
        if actual != expected {
            failures.push(format!("{}:\n--- expected\n{expected}\n--- actual\n{actual}", case.display()));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

/// A `.ts` file with no `"type"` is an ES module when what is left after
/// stripping has module syntax (checked with Node 26: `typeof module`).
#[test]
fn tells_the_module_format_like_node() {
    let module = |source: &str| strip(source, Goal::Either).unwrap().module;
    assert!(!module("import type { A } from './a.ts';\nexport type B = A;\n"));
    assert!(!module("export type { A } from './a.ts';\n"));
    assert!(!module("const x: number = 1;\n"));
    assert!(module("import { type A } from './a.ts';\n"));
    assert!(module("console.log(import.meta.url);\n"));
    assert!(module("await 1;\n"));
    assert!(module("for await (const x of xs) {}\n"));
    assert!(!module("async function f() { await 1; }\n"));
    assert!(module("export {};\n"));
    assert!(strip("const x = 1;\n", Goal::Module).unwrap().module);
}

/// A syntax error that is one in a module too is reported as it was found
/// when the source was read as a script.
#[test]
fn reports_syntax_errors_with_node_code() {
    let error = strip("let a: = 1;\n", Goal::Either).unwrap_err();
    assert_eq!((error.code(), error.start), ("ERR_INVALID_TYPESCRIPT_SYNTAX", 7));
    let error = strip("let await = 1;\n", Goal::Module).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Invalid);
}
