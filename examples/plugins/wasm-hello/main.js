// Loads the WebAssembly component plugin declared in bistro.toml beside
// this file. Wasm ops run on the thread pool and return promises.
const hello = require('plugin:hello');
hello.hello().then((greeting) => console.log(greeting));
