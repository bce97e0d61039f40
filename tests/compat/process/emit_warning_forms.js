// process.emitWarning: every argument form, and its validation.
process.on('warning', (w) => {
  console.log(`${w.name}|${w.code}|${w.message}|${w.detail}|${w instanceof Error}`);
});
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('typed with code', 'CustomWarning', 'CODE_1');
process.emitWarning('options form', { type: 'OptWarning', code: 'OPT_1', detail: 'more detail' });
process.emitWarning('ctor as type', function ctor() {});
process.emitWarning('ctor as code', 'CtorWarning', function ctor() {});
const err = new Error('an error object');
err.name = 'ErrWarning';
process.emitWarning(err);
for (const bad of [[42], ['x', 42], ['x', 'T', 42]]) {
  try { process.emitWarning(...bad); } catch (e) { console.log(e.code, e.message); }
}
process.noDeprecation = true;
process.emitWarning('silenced', 'DeprecationWarning');
console.log('sync done');
