try {
  require('./fixtures/does-not-exist');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
  console.log(e.requireStack.map((p) => require('path').basename(p)));
}
try {
  require('no-such-package');
} catch (e) {
  console.log(e.code);
}
try { require(42); } catch (e) { console.log(e.code, e.message); }
