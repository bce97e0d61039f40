// Per-call cost of a sync native-plugin op (examples/plugins/native-hello).
const hello = require('plugin:hello');
const N = 200000;
for (let i = 0; i < 1000; i++) hello.greet();
const start = process.hrtime.bigint();
for (let i = 0; i < N; i++) hello.greet();
const ns = Number(process.hrtime.bigint() - start) / N;
console.log(ns.toFixed(1));
