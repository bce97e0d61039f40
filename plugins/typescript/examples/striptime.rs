use std::time::Instant;
use oxc_allocator::Allocator;
use oxc_parser::{config::TokensParserConfig, Parser};
use oxc_span::SourceType;
fn main() {
    let src = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    for _ in 0..3 {
        let t = Instant::now();
        let out = bistro_typescript::strip(&src, bistro_typescript::Goal::Module).unwrap();
        let el = t.elapsed();
        let t = Instant::now();
        let a = Allocator::default();
        let r = Parser::new(&a, &src, SourceType::ts().with_module(true)).parse();
        let plain = t.elapsed();
        drop(r); drop(a);
        let t = Instant::now();
        let a = Allocator::default();
        let r = Parser::new(&a, &src, SourceType::ts().with_module(true)).with_config(TokensParserConfig).parse();
        let tok = t.elapsed();
        drop(r); drop(a);
        println!("strip {:?} ({:.1} MB/s) parse {:?} parse+tokens {:?} {}", el, src.len() as f64 / el.as_secs_f64() / 1e6, plain, tok, out.code.len());
    }
}
