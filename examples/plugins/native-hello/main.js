// Loads the native plugin declared in bistro.toml beside this file.
// Build it first: cargo build --release --workspace
const hello = require('plugin:hello');
console.log(hello.greet());
