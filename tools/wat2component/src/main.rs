//! `cargo run -p wat2component -- IN.wat OUT.wasm`: builds a plugin
//! component from WebAssembly text.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: wat2component IN.wat OUT.wasm");
        std::process::exit(2);
    };
    let result = std::fs::read_to_string(input)
        .map_err(|e| format!("{input}: {e}"))
        .and_then(|wat| wat2component::component_from_wat(&wat))
        .and_then(|component| std::fs::write(output, component).map_err(|e| format!("{output}: {e}")));
    if let Err(message) = result {
        eprintln!("wat2component: {message}");
        std::process::exit(1);
    }
}
